/**
 * `--format junit`: JUnit XML for CI test dashboards (GitLab, Jenkins, Azure). One `<testsuite>` per screened file;
 * one `<testcase>` per finding (a `<failure>` at or above `failOn`, `<skipped>` when suppressed, passing with a
 * `<system-out>` note below `failOn`); a clean file gets one passing testcase; a file that could not be screened gets
 * one testcase with an `<error>`. No timings (output is deterministic) and no evidence: CI logs are public enough.
 */
import { SEVERITY_RANK, type Report, type Severity } from '../core/types.js';
import { clauseRef, describe, placeOf, toPosix, type Place, type PlaceOptions } from './where.js';

export interface JunitOptions extends PlaceOptions {
  /** Findings at or above this severity are failures (default `warning`); lower ones are passing testcases. */
  failOn?: Severity;
  /** The `<testsuites name>` (default `clearpost`). */
  name?: string;
}

/** Escape text for XML 1.0 content and attributes; characters XML cannot carry are dropped. */
export function escapeXml(text: string, attribute = false): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x22) out += '&quot;';
    else if (c === 0x27) out += '&apos;';
    else if (attribute && (c === 0x0a || c === 0x0d || c === 0x09)) out += `&#${c};`;
    else if (c === 0x09 || c === 0x0a || c === 0x0d) out += ch;
    else if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) continue;
    else out += ch;
  }
  return out;
}

const attr = (s: string | number) => escapeXml(String(s), true);

function position(place: Place): { file: string; where: string; line?: number } {
  const file = toPosix(place.file);
  if (place.paragraph) return { file, where: `${file} paragraph ${place.paragraph}` };
  if (!place.region) return { file, where: file };
  return { file, where: `${file}:${place.region.startLine}:${place.region.startColumn}`, line: place.region.startLine };
}

/** Render a report as JUnit XML. */
export function formatJunit(report: Report, options: JunitOptions = {}): string {
  const failOn = SEVERITY_RANK[options.failOn ?? 'warning'];
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };

  for (const file of report.files) {
    const name = toPosix(file.path);
    const cases: string[] = [];
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    if (file.error) {
      counts.tests++;
      counts.errors++;
      cases.push(
        `    <testcase name="${attr('screen file')}" classname="${attr(name)}" file="${attr(name)}">\n` +
          `      <error message="${attr(file.error)}" type="file-error">${escapeXml(`${name}: ${file.error}`)}</error>\n` +
          `    </testcase>`,
      );
    }
    for (const f of file.findings) {
      counts.tests++;
      const place = placeOf(f, options);
      const pos = position(place);
      const message = describe(f, place, options);
      const caseName = `${f.ruleId} at ${pos.where}`;
      const open =
        `    <testcase name="${attr(caseName)}" classname="${attr(name)}" file="${attr(pos.file)}"` +
        (pos.line !== undefined ? ` line="${pos.line}"` : '') +
        '>';
      const body = [
        `${f.severity} ${f.ruleId} at ${pos.where}`,
        message,
        ...f.clauses.map((c) => `Policy ${clauseRef(c)} ${c.title}: "${c.quote}"`),
        `Confidence: ${Math.round(f.confidence * 100)}%`,
      ].join('\n');
      if (f.suppressed) {
        counts.skipped++;
        const why = `suppressed (${f.suppressed.kind})${f.suppressed.justification ? `: ${f.suppressed.justification}` : ''}`;
        cases.push(`${open}\n      <skipped message="${attr(why)}"/>\n    </testcase>`);
      } else if (SEVERITY_RANK[f.severity] >= failOn) {
        counts.failures++;
        cases.push(
          `${open}\n      <failure message="${attr(message)}" type="${attr(f.ruleId)}">${escapeXml(body)}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`${open}\n      <system-out>${escapeXml(body)}</system-out>\n    </testcase>`);
      }
    }
    if (!file.error && file.findings.length === 0) {
      counts.tests++;
      cases.push(`    <testcase name="no findings" classname="${attr(name)}" file="${attr(name)}"/>`);
    }
    const note = file.note ? `\n    <system-out>${escapeXml(file.note)}</system-out>` : '';
    suites.push(
      `  <testsuite name="${attr(name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}">\n` +
        cases.join('\n') +
        note +
        '\n  </testsuite>',
    );
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.skipped += counts.skipped;
  }

  // what the run did not screen (remote pictures, text in pictures with --no-ocr, symbolic links): skipped cases, once per run
  const missed = report.summary.notScreened ?? [];
  if (missed.length) {
    const cases = missed.map((n) => `    <testcase name="${attr(n.kind)}" classname="not screened">\n      <skipped message="${attr(n.message)}"/>\n    </testcase>`);
    suites.push(`  <testsuite name="not screened" tests="${missed.length}" failures="0" errors="0" skipped="${missed.length}">\n${cases.join('\n')}\n  </testsuite>`);
    total.tests += missed.length;
    total.skipped += missed.length;
  }
  // --max-warnings failed the run: a failing case of its own, so the CI's test view is not green (user test 29, U29-8)
  const tooMany = report.summary.tooManyWarnings;
  if (tooMany) {
    suites.push(`  <testsuite name="clearpost" tests="1" failures="1" errors="0" skipped="0">\n    <testcase name="--max-warnings ${tooMany.limit}" classname="clearpost">\n      <failure message="${attr(tooMany.message)}" type="max-warnings"/>\n    </testcase>\n  </testsuite>`);
    total.tests += 1;
    total.failures += 1;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="${attr(options.name ?? 'clearpost')}" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n` +
    suites.map((s) => `${s}\n`).join('') +
    '</testsuites>\n'
  );
}
