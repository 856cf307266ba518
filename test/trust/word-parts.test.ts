// What a Word file carries that session 29 left unread (user test 29): each is screened, located by a tag of its own,
// and the clean copy holds none of it; the copy is screened again and opens as a package.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { readDocx } from '../../src/inputs/docx.js';
import { runCli } from '../helpers/cli.js';
import { makeDocx, withParts } from '../helpers/docx.js';
import { tempDir } from '../helpers/tmp.js';

const profile = resolve('fixtures/profile.yaml');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** `check` then `sanitize` of one file: the findings as `tag rule evidence`, stderr, the copy and its findings. */
async function checkAndClean(name: string, bytes: Buffer, extra: string[] = []) {
  const dir = tempDir('word-parts');
  writeFileSync(join(dir, name), bytes);
  const r = await runCli(['check', name, '-f', 'json', '--no-model', '--no-ocr', '--no-faces', '--config', profile, '--show-evidence', ...extra], dir);
  const report = (JSON.parse(r.out) as Report).files[0];
  const found = report.findings.map((f) => `${(f.location as { tag?: string }).tag ?? 'body'} ${f.ruleId} ${f.evidence}`);
  const s = await runCli(['sanitize', name, '--out', 'clean', '-f', 'json', '--no-model', '--no-ocr', '--no-faces', '--config', profile, '--show-evidence', ...extra], dir);
  const copy = readFileSync(join(dir, 'clean', name));
  const zip = await JSZip.loadAsync(copy);
  const parts = Object.fromEntries(await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => [f.name, await f.async('string')] as const)));
  const after = (JSON.parse(s.out) as Report).files[0];
  return { dir, found, note: report.note ?? '', err: s.err, code: s.code, copy, parts, after: after.findings.map((f) => `${(f.location as { tag?: string }).tag ?? 'body'} ${f.ruleId}`), afterError: after.error };
}

describe('a link\'s ScreenTip and document variables (user test 29, U29-28)', () => {
  it('screens both, and the copy keeps the link and its words but neither', { timeout: 120_000 }, async () => {
    const link = '<w:hyperlink w:anchor="top" w:tooltip="Det. Marcus Delgado, vice desk 555-201-0177"><w:r><w:t>Contact the desk</w:t></w:r></w:hyperlink>';
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/" \\o "Sgt. Renee Whitfield" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>our site</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const settings = `<?xml version="1.0" encoding="UTF-8"?><w:settings xmlns:w="${W}"><w:zoom w:percent="100"/><w:docVars><w:docVar w:name="Author" w:val="Marcus Delgado, 1423 Elm Street"/></w:docVars></w:settings>`;
    const input = await withParts(await makeDocx(['Parking ban from 6 pm.', { xml: link }, { xml: field }]), { 'word/settings.xml': settings }, {
      'word/_rels/document.xml.rels': [`<Relationship Id="rS" Type="${REL}/settings" Target="settings.xml"/>`],
    });
    const r = await checkAndClean('release.docx', input);
    expect(r.found).toEqual(expect.arrayContaining([
      'link-tooltip id/undercover Marcus Delgado',
      'link-tooltip pii/phone 555-201-0177',
      'link-tooltip id/coworker Sgt. Renee Whitfield',
      'document-variable id/undercover Marcus Delgado',
    ]));
    expect(r.note).toMatch(/2 link ScreenTips/);
    expect(r.note).toMatch(/1 document variable/);
    expect(r.err).toMatch(/link ScreenTip x2/);
    expect(r.err).toMatch(/document variable/);
    const all = Object.values(r.parts).join('\n');
    expect(all).not.toMatch(/Delgado|Whitfield|201-0177|Elm Street/);
    expect(r.parts['word/document.xml']).toContain('<w:hyperlink w:anchor="top">');
    expect(r.parts['word/document.xml']).toContain('HYPERLINK "https://example.org/"');
    expect(r.parts['word/settings.xml']).toContain('<w:zoom w:percent="100"/>');
    expect((await readDocx('release.docx', r.copy)).text).toBe('Parking ban from 6 pm.\nContact the desk\nour site\n');
    expect(r.after).toEqual([]);
  });
});
