// The JSON report's shape is documented field by field in README ("The JSON report", user test 23 #17): every field
// a report can carry must be named there, and the report says which shape version it is.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import type { Finding, Report } from '../../src/core/types.js';
import { formatJson, JSON_FORMAT_VERSION } from '../../src/report/json.js';
import { runCli } from '../helpers/cli.js';
import { sampleReport } from './sample-report.js';

/** README's JSON section: from its heading to the next heading. */
function documented(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('### The JSON report');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  expect(section).toContain('json-fields');
  const names = new Set<string>();
  for (const m of section.matchAll(/`([^`]+)`/g)) for (const w of m[1].match(/[A-Za-z]+/g) ?? []) names.add(w);
  return names;
}

/** Every key in a JSON value, except the keys of maps keyed by data (byRule's rule ids). */
function keys(value: unknown, out = new Set<string>(), parent = ''): Set<string> {
  if (Array.isArray(value)) for (const v of value) keys(v, out, parent);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (parent === 'byRule') continue;
      out.add(k);
      keys(v, out, k);
    }
  }
  return out;
}

/** The sample report with every optional field a run can add that the sample lacks. */
function fullReport(): Report {
  const extra: Finding = {
    ...sampleReport.files.flatMap((f) => f.findings).find((f) => f.source === 'ocr')!,
    location: { start: 0, end: 4, line: 1, column: 1, box: { x: 1, y: 2, width: 3, height: 4 }, cover: { x: 0, y: 0, width: 9, height: 9 } },
    method: 'model',
  };
  return {
    files: [
      ...sampleReport.files,
      {
        path: 'posts/tag.md',
        kind: 'text',
        attachments: ['posts/tag.png'],
        context: 'official',
        findings: [extra, { ...extra, source: 'metadata', location: { tag: 'XMP:PersonInImage', start: 0, end: 3, box: { x: 1, y: 2, width: 3, height: 4 } } }],
        problems: [{ code: 'suppress/missing-reason', message: 'needs a reason', line: 1, column: 1 }],
      },
    ],
    summary: { ...sampleReport.summary, hiddenByQuiet: 2, failed: 1, exitCode: 1 },
  };
}

describe('the JSON report (user test 23, #17)', () => {
  it('names its shape version', () => {
    const json = JSON.parse(formatJson(sampleReport)) as { formatVersion: number };
    expect(json.formatVersion).toBe(JSON_FORMAT_VERSION);
    expect(Object.keys(json)[0]).toBe('formatVersion');
  });

  it('writes no field README does not document', () => {
    const names = documented();
    const missing = [...keys(JSON.parse(formatJson(fullReport())))].filter((k) => !names.has(k));
    expect(missing).toEqual([]);
  });

  it('says in the summary how many findings fail the run and the exit code, -q or not', async () => {
    const profile = resolve('fixtures/profile.yaml');
    for (const quiet of [[], ['-q']]) {
      const r = await runCli(['scan', 'fixtures/samples/05-clean-sunset.txt', '--format', 'json', '--config', profile, '--max-warnings', '0', ...quiet]);
      const clean = JSON.parse(r.out) as Report;
      expect(clean.summary).toMatchObject({ failed: 0, exitCode: r.code });
    }
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: () => undefined, readStdin: async () => undefined, stdoutIsTTY: false, stderrIsTTY: false, cwd: process.cwd() };
    const code = await run(['check', '--text', 'Party at 1423 Elm Street, call (555) 201-3344', '--format', 'json', '--config', profile], io);
    const report = JSON.parse(out.join('')) as Report;
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ failed: report.summary.bySeverity.error, exitCode: 1 });
    expect(report.summary.failed).toBeGreaterThan(0);
  });
});
