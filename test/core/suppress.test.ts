import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { LineIndex } from '../../src/core/locate.js';
import {
  applyBaseline,
  applyInline,
  BASELINE_FILE,
  loadBaseline,
  parseDirectives,
  pruneBaseline,
  saveBaseline,
  serializeBaseline,
  writeBaseline,
} from '../../src/core/suppress.js';
import type { Finding, Report, Severity } from '../../src/core/types.js';
import { tempDir } from '../helpers/tmp.js';

/** A text finding on the first occurrence of `needle` in `text`. */
function at(text: string, needle: string, ruleId: string, severity: Severity = 'warning', file = 'post.md'): Finding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  const { line, column } = new LineIndex(text).position(start);
  return {
    ruleId,
    severity,
    confidence: 0.9,
    message: ruleId,
    file,
    source: 'text',
    location: { start, end: start + needle.length, line, column },
    evidence: needle,
    clauses: [],
    fingerprint: `${ruleId}:${needle}`,
  };
}

const run = (text: string, findings: Finding[], options = {}) => applyInline(findings, parseDirectives(text), text, options);

describe('parseDirectives', () => {
  it('parses HTML comment directives with rules and reasons', () => {
    const text = [
      '<!-- clearpost-disable-next-line pii/phone, pii/email -- department switchboard -->',
      'Call 555-0100',
      'Badge 4411 <!-- clearpost-disable-line id/badge-number -- ceremony, approved -->',
      '<!--clearpost-disable-->',
      '<!-- clearpost-enable conduct/* -->',
    ].join('\n');
    const ds = parseDirectives(text);
    expect(ds.map((d) => [d.kind, d.rules, d.reason, d.line, d.target])).toEqual([
      ['disable-next-line', ['pii/phone', 'pii/email'], 'department switchboard', 1, 2],
      ['disable-line', ['id/badge-number'], 'ceremony, approved', 3, 3],
      ['disable', [], undefined, 4, undefined],
      ['enable', ['conduct/*'], undefined, 5, undefined],
    ]);
    expect(text.slice(ds[0].start, ds[0].end)).toBe(text.split('\n')[0]);
  });

  it('targets the line after a multi-line comment', () => {
    const text = '<!-- clearpost-disable-next-line pii/phone --\n  a long reason\n  over lines -->\nCall 555-0100';
    const [d] = parseDirectives(text);
    expect(d.reason).toBe('a long reason\n  over lines');
    expect(d.endLine).toBe(3);
    expect(d.target).toBe(4);
  });

  it('applies clearpost:allow to its own line when it has content, else to the next line', () => {
    const text = [
      'Front desk 555-0100 clearpost:allow pii/phone -- published number',
      '# clearpost:allow pii/address -- our station',
      '1 Police Plaza',
      '// clearpost:allow',
      '<!-- clearpost:allow pii/email -- press office -->',
      'Mail <!-- clearpost:allow pii/email -->',
    ].join('\n');
    const ds = parseDirectives(text);
    expect(ds.map((d) => [d.kind, d.rules, d.reason, d.line, d.target])).toEqual([
      ['allow', ['pii/phone'], 'published number', 1, 1],
      ['allow', ['pii/address'], 'our station', 2, 3],
      ['allow', [], undefined, 4, 5],
      ['allow', ['pii/email'], 'press office', 5, 6],
      ['allow', ['pii/email'], undefined, 6, 6],
    ]);
    expect(text.slice(ds[3].start, ds[3].end)).toBe('clearpost:allow pii/email -- press office -->');
  });

  it('marks a directive whose rule list is not rule ids as malformed', () => {
    const [d] = parseDirectives('<!-- clearpost-disable-next-line because the chief said so -->');
    expect(d.malformed).toMatch(/"because" is not a rule id/);
    const [star] = parseDirectives('<!-- clearpost-disable-next-line * -- all of it -->');
    expect(star.rules).toEqual([]);
    expect(star.malformed).toBeUndefined();
  });

  it('ignores look-alikes', () => {
    expect(parseDirectives('<!-- clearpost-disabled pii/phone --> clearpost:allowed')).toEqual([]);
  });
});

describe('applyInline', () => {
  it('suppresses warnings without a reason but not errors, and reports the missing reason', () => {
    const text = '<!-- clearpost-disable-next-line -->\nCall 555-0100 or dana@example.com';
    const phone = at(text, '555-0100', 'pii/phone', 'error');
    const email = at(text, 'dana@example.com', 'pii/email', 'warning');
    const r = run(text, [phone, email]);
    expect(r.findings[0].suppressed).toBeUndefined();
    expect(r.findings[1].suppressed).toEqual({ kind: 'inline' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'suppress/missing-reason', line: 1, column: 1, ruleIds: ['pii/phone'] });
    expect(r.unused).toEqual([]);
  });

  it('suppresses errors when the directive gives a reason, carrying it as the justification', () => {
    const text = 'Call 555-0100 clearpost:allow pii/phone -- published front desk';
    const r = run(text, [at(text, '555-0100', 'pii/phone', 'error')]);
    expect(r.findings[0].suppressed).toEqual({ kind: 'inline', justification: 'published front desk' });
    expect(r.problems).toEqual([]);
  });

  it('only covers the named rules and group patterns', () => {
    const text = '<!-- clearpost-disable-next-line pii/* -- ok -->\n555-0100 dana@example.com damn';
    const r = run(text, [at(text, '555-0100', 'pii/phone'), at(text, 'dana', 'pii/email'), at(text, 'damn', 'conduct/profanity')]);
    expect(r.findings.map((f) => !!f.suppressed)).toEqual([true, true, false]);
  });

  it('covers blocks until the matching enable', () => {
    const text = [
      'damn 555-0100', // before: not covered
      '<!-- clearpost-disable conduct/profanity -- court quote -->',
      '<!-- clearpost-disable -- whole section reviewed -->',
      'damn 555-0101',
      '<!-- clearpost-enable conduct/profanity -->',
      'damn 555-0102',
      '<!-- clearpost-enable -->',
      'damn 555-0103',
    ].join('\n');
    const findings = ['0100', '0101', '0102', '0103'].flatMap((n) => {
      const line = text.split('\n').find((l) => l.includes(n))!;
      const off = text.indexOf(line);
      return [
        { ...at(text, line, 'conduct/profanity', 'error'), location: { start: off, end: off + 4, line: 0, column: 1 } },
        { ...at(text, `555-${n}`, 'pii/phone', 'error') },
      ].map((f) => ({ ...f, location: { ...f.location, line: new LineIndex(text).position((f.location as { start: number }).start).line } }));
    });
    const r = run(text, findings);
    expect(r.findings.map((f) => `${f.ruleId}:${f.suppressed?.justification ?? '-'}`)).toEqual([
      'conduct/profanity:-',
      'pii/phone:-',
      'conduct/profanity:whole section reviewed',
      'pii/phone:whole section reviewed',
      'conduct/profanity:-',
      'pii/phone:whole section reviewed',
      'conduct/profanity:-',
      'pii/phone:-',
    ]);
    // The rule-specific block is shadowed by the later block-all for the profanity on line 4.
    expect(r.unused.map((u) => [u.line, u.rule])).toEqual([[2, 'conduct/profanity']]);
  });

  it('reports directives, and rules of directives, that suppressed nothing, and unmatched enables', () => {
    const text = [
      '<!-- clearpost-disable-next-line pii/phone, pii/email -- ok -->',
      'Call 555-0100',
      '<!-- clearpost-disable-next-line -->',
      'nothing here',
      '<!-- clearpost-enable pii/phone -->',
    ].join('\n');
    const r = run(text, [at(text, '555-0100', 'pii/phone', 'error')]);
    expect(r.findings[0].suppressed?.kind).toBe('inline');
    expect(r.unused.map((u) => [u.line, u.rule])).toEqual([
      [1, 'pii/email'],
      [3, undefined],
      [5, undefined],
    ]);
    expect(r.unused[2].message).toMatch(/clearpost-enable/);
  });

  it('reports malformed directives and unknown rules as problems and does not use malformed ones', () => {
    const text = '<!-- clearpost-disable-next-line call is fine -->\n555-0100 clearpost:allow pii/fone -- typo';
    const r = run(text, [at(text, '555-0100', 'pii/phone')], { knownRules: new Set(['pii/phone']) });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['suppress/malformed', 1],
      ['suppress/unknown-rule', 2],
    ]);
    expect(r.findings[0].suppressed).toBeUndefined();
  });

  it('anchors image findings on the line that attaches the image', () => {
    const text = '<!-- clearpost-disable-next-line image/gps -- location is the public parade route -->\n![parade](parade.jpg)\n![other](other.jpg)';
    const image = (attachment: string, ruleId = 'image/gps'): Finding => ({
      ruleId,
      severity: 'error',
      confidence: 1,
      message: 'gps',
      file: 'post.md',
      source: 'metadata',
      location: { tag: 'GPSLatitude' },
      evidence: '37.****',
      clauses: [],
      fingerprint: 'x',
      attachment,
    });
    const anchorOf = (f: Finding) =>
      f.attachment === 'parade.jpg' ? { file: 'post.md', line: 2, start: text.indexOf('![parade]') } : f.attachment === 'other.jpg' ? { file: 'post.md', line: 3 } : undefined;
    const r = run(text, [image('parade.jpg'), image('other.jpg'), image('parade.jpg', 'image/faces')], { anchorOf });
    expect(r.findings.map((f) => f.suppressed?.justification)).toEqual(['location is the public parade route', undefined, undefined]);
    // Without anchors, image findings cannot be suppressed inline.
    expect(run(text, [image('parade.jpg')]).findings[0].suppressed).toBeUndefined();
  });

  it('leaves findings already suppressed alone and keeps order', () => {
    const text = 'Call 555-0100 clearpost:allow pii/phone -- ok';
    const f = { ...at(text, '555-0100', 'pii/phone'), suppressed: { kind: 'baseline' as const } };
    const r = run(text, [f]);
    expect(r.findings[0]).toBe(f);
  });
});

describe('baseline', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('baseline');
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'a.md'), 'x');
    writeFileSync(join(dir, 'posts', 'b.md'), 'x');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const finding = (file: string, ruleId: string, fp: string, extra: Partial<Finding> = {}): Finding => ({
    ruleId,
    severity: 'error',
    confidence: 1,
    message: ruleId,
    file,
    source: 'text',
    location: { start: 0, end: 1, line: 1, column: 1 },
    evidence: '*',
    clauses: [],
    fingerprint: fp,
    ...extra,
  });
  const report = (files: Record<string, Finding[]>): Report => ({
    files: Object.entries(files).map(([path, findings]) => ({ path, findings })),
    summary: { files: 0, filesWithFindings: 0, errors: 0, findings: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {}, context: 'official', policies: [] },
  });

  it('writes counts keyed on path, rule and fingerprint, relative to the baseline folder', () => {
    const file = join(dir, BASELINE_FILE);
    const r = report({
      'posts/a.md': [
        finding('posts/a.md', 'pii/phone', 'fp1'),
        finding('posts/a.md', 'pii/phone', 'fp1'),
        finding('posts/a.md', 'pii/email', 'fp2'),
        finding('posts/a.md', 'conduct/profanity', 'fp3', { suppressed: { kind: 'inline', justification: 'q' } }),
        finding('posts/a.md', 'image/gps', 'fp4', { source: 'metadata', location: { tag: 'GPSLatitude' }, attachment: 'posts/img/x.jpg' }),
      ],
      'posts/b.md': [],
    });
    writeBaseline(r, file, { cwd: dir });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 1,
      suppressions: {
        'posts/a.md': { 'pii/email': { fp2: 1 }, 'pii/phone': { fp1: 2 } },
        'posts/img/x.jpg': { 'image/gps': { fp4: 1 } },
      },
    });
    // Run from a subfolder: paths still key relative to the baseline's folder.
    const sub = report({ 'a.md': [finding('a.md', 'pii/phone', 'fp1')] });
    const applied = applyBaseline(sub, loadBaseline(file), { cwd: join(dir, 'posts') });
    expect(applied.report.files[0].findings[0].suppressed).toEqual({ kind: 'baseline' });
  });

  it('suppresses at most count findings per key and lists what was not used', () => {
    const file = join(dir, BASELINE_FILE);
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        suppressions: {
          'posts/a.md': { 'pii/phone': { fp1: 1, old: 2 }, 'pii/email': { fp2: { count: 1, justification: 'press contact' } } },
          'posts/other.md': { 'pii/phone': { fpx: 1 } },
        },
      }),
    );
    const r = report({
      'posts/a.md': [
        finding('posts/a.md', 'pii/phone', 'fp1'),
        finding('posts/a.md', 'pii/phone', 'fp1'),
        finding('posts/a.md', 'pii/email', 'fp2'),
        finding('posts/a.md', 'pii/email', 'fp1'),
      ],
    });
    const { report: out, unused } = applyBaseline(r, loadBaseline(file), { cwd: dir });
    expect(out.files[0].findings.map((f) => f.suppressed)).toEqual([
      { kind: 'baseline' },
      undefined,
      { kind: 'baseline', justification: 'press contact' },
      undefined,
    ]);
    expect(r.files[0].findings.every((f) => !f.suppressed)).toBe(true); // input untouched
    expect(unused).toEqual([{ path: 'posts/a.md', ruleId: 'pii/phone', fingerprint: 'old', count: 2 }]);
  });

  it('merges --suppress-all into an existing baseline, keeping files the run did not screen', () => {
    const file = join(dir, BASELINE_FILE);
    writeFileSync(
      file,
      JSON.stringify({ version: 1, suppressions: { 'posts/b.md': { 'pii/phone': { keep: 1 } }, 'posts/a.md': { 'pii/phone': { gone: 1, fp1: { count: 1, justification: 'why' } } } } }),
    );
    const baseline = writeBaseline(report({ 'posts/a.md': [finding('posts/a.md', 'pii/phone', 'fp1')] }), file, { cwd: dir });
    expect(baseline.entries.map((e) => [e.path, e.fingerprint, e.count, e.justification])).toEqual([
      ['posts/a.md', 'fp1', 1, 'why'],
      ['posts/b.md', 'keep', 1, undefined],
    ]);
  });

  it('prunes counts to what still occurs and drops deleted files', () => {
    const file = join(dir, BASELINE_FILE);
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        suppressions: {
          'posts/a.md': { 'pii/phone': { fp1: 3, fixed: 1 } },
          'posts/b.md': { 'pii/phone': { unscreened: 1 } },
          'posts/deleted.md': { 'pii/phone': { x: 4 } },
        },
      }),
    );
    const r = report({ 'posts/a.md': [finding('posts/a.md', 'pii/phone', 'fp1'), finding('posts/a.md', 'pii/phone', 'fp1', { suppressed: { kind: 'baseline' } })] });
    const { baseline, removed } = pruneBaseline(r, loadBaseline(file), { cwd: dir });
    expect(removed).toBe(1 + 1 + 4);
    expect(baseline.entries.map((e) => [e.path, e.fingerprint, e.count])).toEqual([
      ['posts/a.md', 'fp1', 2],
      ['posts/b.md', 'unscreened', 1],
    ]);
    saveBaseline(baseline);
    expect(serializeBaseline(loadBaseline(file))).toBe(readFileSync(file, 'utf8'));
  });

  it('treats a missing file as empty and a malformed one as a ConfigError', () => {
    expect(loadBaseline(join(dir, 'none.json')).entries).toEqual([]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "suppressions": {"a.md": {"pii/phone": {"fp": 0}}}}');
    expect(() => loadBaseline(bad)).toThrow(ConfigError);
    expect(() => loadBaseline(bad)).toThrow(/suppressions\.a\.md\.pii\/phone\.fp: expected a count/);
    writeFileSync(bad, '{not json');
    expect(() => loadBaseline(bad)).toThrow(/cannot read suppressions/);
    writeFileSync(bad, '{"version": 2, "suppressions": {}}');
    expect(() => loadBaseline(bad)).toThrow(/version/);
  });
});
