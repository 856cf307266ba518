import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, renderFormat } from '../../src/report/formats.js';
import { printable } from '../../src/report/stylish.js';
import { sampleEvidence, sampleFormatOptions, sampleReport } from './sample-report.js';

/** The counts of a summary in which nothing was found, read or left unread. */
const NOTHING_FOUND = {
  findings: 0,
  filesWithFindings: 0,
  unreadFiles: 0,
  problems: 0,
  suppressed: 0,
  bySeverity: { error: 0, warning: 0, info: 0 },
  byRule: {},
  unsupported: { files: 0, types: [] as string[], paths: [] as string[] },
};

describe('output formats', () => {
  for (const name of FORMAT_NAMES) {
    it(`${name} matches its golden file`, async () => {
      await expect(renderFormat(name, sampleReport, sampleFormatOptions)).toMatchFileSnapshot(`./golden/sample.${name}.${FORMATS[name].extension}`);
    });

    it(`${name} is deterministic and does not throw on an empty report`, () => {
      const empty = { ...sampleReport, files: [] };
      expect(renderFormat(name, empty, sampleFormatOptions)).toBe(renderFormat(name, empty, sampleFormatOptions));
    });
  }

  // User test 27, U2-10 / U3-12 / U3-3: a run that did not read the pictures' text (--no-ocr), met remote pictures or
  // symbolic links ended in a clean ✔ with no word; now each is said once per run, in every format.
  it('every format says once what the run did not screen, and stylish gives no ✔ for it', () => {
    const clean = { ...sampleReport, files: [{ path: 'flyer.png', kind: 'image' as const, findings: [] }] };
    const summary = {
      ...clean.summary,
      ...NOTHING_FOUND,
      notScreened: [{ kind: 'picture-text' as const, count: 1, message: 'text in 1 picture not read (--no-ocr): words, numbers and names shown in it were not screened' }],
    };
    const report = { ...clean, summary };
    for (const name of FORMAT_NAMES) {
      const out = renderFormat(name, report, sampleFormatOptions);
      expect(out.split('text in 1 picture not read (--no-ocr)').length - 1, name).toBe(1);
    }
    const stylish = renderFormat('stylish', report, sampleFormatOptions);
    expect(stylish).toMatch(/^⚠ 0 findings/m);
    expect(renderFormat('stylish', { ...report, summary: { ...summary, notScreened: undefined } }, sampleFormatOptions)).toMatch(/^✔ 0 findings/m);
  });

  // Fixes 29, defect 5: a clip beside its poster was neither screened nor noted. The run says it once, and each
  // format says it of the draft that names it (JSON `mediaClips`, the note elsewhere, a file annotation in github).
  it('every format says once per run and once per file that video or audio clips were not screened', () => {
    const note = '1 video or audio clip not screened (clearpost reads no video or audio: watch and listen to it before posting)';
    const file = { path: 'posts/raid.md', kind: 'text' as const, findings: [], note, mediaClips: 1 };
    const summary = {
      ...sampleReport.summary,
      files: 1,
      ...NOTHING_FOUND,
      notScreened: [{ kind: 'media-clip' as const, count: 1, message: '1 video or audio clip not screened (clearpost reads no video or audio: watch and listen to it before posting)' }],
    };
    const report = { files: [file], summary };
    for (const name of FORMAT_NAMES) {
      const out = renderFormat(name, report, sampleFormatOptions);
      expect(out.split(/1 video or audio clip not screened/).length - 1, name).toBeGreaterThanOrEqual(2);
      if (name === 'github') expect(out).toMatch(/^::warning file=posts\/raid\.md,title=clearpost%3A not screened::1 video or audio clip not screened/m);
      if (name === 'json') expect(JSON.parse(out).files[0].mediaClips).toBe(1);
    }
    expect(renderFormat('stylish', report, sampleFormatOptions)).toMatch(/^⚠ 0 findings/m);
  });

  it('stylish and html name the detector and pattern only with --debug', () => {
    for (const name of ['stylish', 'html'] as const) {
      const plain = renderFormat(name, sampleReport, sampleFormatOptions);
      const debug = renderFormat(name, sampleReport, { ...sampleFormatOptions, debug: true });
      expect(plain).not.toContain('national-layout');
      expect(debug).toContain('pii/phone · national-layout');
      // a rule raised on another detector's behalf names that detector
      expect(debug).toContain('image/police-markings · number-after-badge');
    }
    const lines = renderFormat('stylish', sampleReport, { ...sampleFormatOptions, debug: true }).split('\n');
    const at = lines.findIndex((l) => l.includes('pii/phone') && l.includes('Phone number'));
    expect(lines[at + 1].trim()).toBe('fired: pii/phone · national-layout');
  });

  it('stylish prints a file name with control characters as one escaped line (user test 24, #16)', () => {
    const file = { ...sampleReport.files[0], path: 'evil\n::warning title=INJECTED::owned.txt' };
    const out = renderFormat('stylish', { ...sampleReport, files: [file] }, sampleFormatOptions);
    expect(out).toContain('evil\\n::warning title=INJECTED::owned.txt');
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(printable('a\u001b[31mb\tc\u2028')).toBe('a\\x1b[31mb\\tc\\u2028');
  });

  it('stylish escapes control characters and bidi overrides in evidence and names (user test 25, P2-5)', () => {
    const [first, ...rest] = sampleReport.files[3].findings;
    const finding = { ...first, evidence: '\u001b[2J\u001b]0;PWNED\u0007J*** S****' };
    const file = { ...sampleReport.files[3], path: 'rtl\u202etxt.md', findings: [finding, ...rest] };
    const out = renderFormat('stylish', { ...sampleReport, files: [file] }, { ...sampleFormatOptions, color: false });
    expect(out).toContain('\\x1b[2J\\x1b]0;PWNED\\x07J*** S****');
    expect(out).toContain('rtl\\u202etxt.md');
    expect(out).not.toMatch(/[\u0007\u001b\u202e]/);
  });

  it('stylish and html name the account each post was screened for: front matter may choose the other (user test 27, U2-5)', () => {
    const personal = (i: number) => ({ ...sampleReport.files[i], context: 'personal' as const });
    const one = { ...sampleReport, files: [personal(3), ...sampleReport.files.slice(1, 3)] };
    const all = { ...sampleReport, files: [personal(3)] };
    const options = { ...sampleFormatOptions, color: false };
    const summary = (r: typeof sampleReport) => renderFormat('stylish', r, options).trim().split('\n').at(-1);
    expect(summary(sampleReport)).toContain('[official account; rpd');
    expect(summary(one)).toContain('[official account, 1 post personal by its front matter; rpd');
    expect(summary(all)).toContain('[personal account (front matter); rpd');
    expect(renderFormat('html', one, options)).toContain('official account, 1 post personal by its front matter');
  });

  it('json and sarif carry the pattern name as data', () => {
    const json = JSON.parse(renderFormat('json', sampleReport, sampleFormatOptions));
    const findings = json.files.flatMap((f: { findings: { ruleId: string }[] }) => f.findings);
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'pii/phone').data).toEqual({ pattern: 'national-layout' });
    const sarif = JSON.parse(renderFormat('sarif', sampleReport, sampleFormatOptions));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'pii/phone');
    expect(result.properties.pattern).toBe('national-layout');
  });

  it('CI formats never carry evidence', () => {
    for (const name of ['sarif', 'junit', 'github'] as const) {
      const out = renderFormat(name, sampleReport, sampleFormatOptions);
      for (const ev of sampleEvidence) if (ev) expect(out).not.toContain(ev);
    }
  });
});
