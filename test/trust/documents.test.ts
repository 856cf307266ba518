// Word documents are screened (text and pictures inside); every other file a scan passes over is listed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import exifr from 'exifr';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { readDocx } from '../../src/inputs/docx.js';
import { runCli } from '../helpers/cli.js';
import { makeDocx } from '../helpers/docx.js';
import { tempDir } from '../helpers/tmp.js';

const profile = resolve('fixtures/profile.yaml');
const gpsPhoto = readFileSync('fixtures/samples/10-roll-call/after-shift.jpg');

describe('.docx drafts', () => {
  it('screens the text and the pictures of a Word press release', { timeout: 60_000 }, async () => {
    const dir = tempDir('docx');
    mkdirSync(join(dir, 'press'));
    writeFileSync(
      join(dir, 'press/release.docx'),
      await makeDocx(['Community day on Saturday.', 'Contact Officer Lee at (555) 201-3344 or at home, 1423 Elm Street.'], [gpsPhoto]),
    );
    const r = await runCli(['scan', 'press', '-f', 'json', '--no-ocr', '--no-faces', '--config', profile, '--show-evidence'], dir);
    const report = JSON.parse(r.out) as Report;
    expect(report.summary.files).toBe(1);
    const [file] = report.files;
    expect(file.path).toBe(join('press', 'release.docx'));
    const text = file.findings.filter((f) => !f.attachment);
    expect(text.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['pii/phone', 'pii/address']));
    expect(text.find((f) => f.ruleId === 'pii/address')?.location).toMatchObject({ line: 2 });
    expect(file.attachments).toEqual([`${join('press', 'release.docx')}#image1.jpg`]);
    expect(file.error, JSON.stringify(file)).toBeUndefined();
    expect(file.findings.filter((f) => f.attachment).map((f) => f.ruleId)).toContain('image/gps');
  });

  it('screens what the file carries besides its body: the header, tracked deletions, comments and author fields', async () => {
    const dir = tempDir('docx');
    writeFileSync(
      join(dir, 'release.docx'),
      await makeDocx(
        [
          'Community day on Saturday.',
          { xml: '<w:del w:id="1" w:author="Dana Ruiz"><w:r><w:delText>Her cell: (555) 201-</w:delText></w:r><w:r><w:delText>3344</w:delText></w:r></w:del><w:r><w:t>See you there.</w:t></w:r>' },
          { xml: '<w:r><w:rPr><w:vanish/></w:rPr><w:t>Spare key under the blue pot.</w:t></w:r>' },
        ],
        [],
        {
          header: 'Harbor City PD · 88 Larkspur Avenue',
          footnote: 'Questions to dana.ruiz.home@gmail.com',
          comments: [{ author: 'Dana Ruiz', text: 'photo by Marcus Delgado, ok?' }],
          author: 'Dana Ruiz',
        },
      ),
    );
    const r = await runCli(['scan', 'release.docx', '-f', 'json', '--no-model', '--config', profile, '--show-evidence'], dir);
    const [file] = (JSON.parse(r.out) as Report).files;
    const where = (ruleId: string) => file.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.source, (f.location as { tag?: string }).tag, f.evidence]);
    expect(where('pii/phone')).toEqual([['metadata', 'tracked-deletion', '(555) 201-3344']]);
    expect(where('pii/address')).toEqual([['metadata', 'header1', '88 Larkspur Avenue']]);
    expect(where('id/undercover')).toEqual([['metadata', 'comment', 'Marcus Delgado']]);
    expect(where('pii/email')).toEqual([['metadata', 'footnotes', 'dana.ruiz.home@gmail.com']]);
    expect(file.note).toMatch(/carries what the page does not show: 1 tracked deletion, 1 comment, hidden text \(1 run\), author fields \(dc:creator, cp:lastModifiedBy, revision-author\)/);
    // masked by default, like every other finding
    const masked = JSON.parse((await runCli(['scan', 'release.docx', '-f', 'json', '--no-model', '--config', profile], dir)).out) as Report;
    expect(JSON.stringify(masked)).not.toMatch(/201-3344|Larkspur/);
  });

  it('shows a Word draft in the HTML page as its paragraphs, masked, never as the file bytes', async () => {
    const dir = tempDir('docx');
    writeFileSync(join(dir, 'release.docx'), await makeDocx(['Community day on Saturday.', 'Contact Officer Lee at home, 1423 Elm Street.']));
    const r = await runCli(['check', 'release.docx', '-f', 'html', '-o', 'page.html', '--show-draft', '--no-model', '--config', profile], dir);
    expect(r.code).toBe(1);
    const page = readFileSync(join(dir, 'page.html'), 'utf8');
    const draft = /<div class="draft">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '';
    expect(draft).toMatch(/^Community day on Saturday\.\nContact /);
    expect(draft).not.toMatch(/PK|Content_Types|1423 Elm/);
    // by default only the finding's paragraph, as an excerpt (user test 25, P3-4)
    await runCli(['check', 'release.docx', '-f', 'html', '-o', 'excerpts.html', '--no-model', '--config', profile], dir);
    const excerpts = /<div class="draft excerpts">([\s\S]*?)<\/div>/.exec(readFileSync(join(dir, 'excerpts.html'), 'utf8'))?.[1] ?? '';
    expect(excerpts).toMatch(/^<p class="excerpt"><span class="ln">line 2<\/span> Contact /);
    expect(excerpts).not.toMatch(/Community day|1423 Elm/);
  });

  it('says nothing more of a plain Word file', async () => {
    const dir = tempDir('docx');
    writeFileSync(join(dir, 'plain.docx'), await makeDocx(['Community day on Saturday.']));
    const r = await runCli(['scan', 'plain.docx', '-f', 'json', '--no-model'], dir);
    const [file] = (JSON.parse(r.out) as Report).files;
    expect(file.findings).toEqual([]);
    expect(file.note).toBeUndefined();
  });

  it('gives a corrupt .docx one error line and goes on', async () => {
    const dir = tempDir('docx');
    writeFileSync(join(dir, 'broken.docx'), 'not a zip at all');
    writeFileSync(join(dir, 'ok.txt'), 'Sunset.\n');
    const r = await runCli(['scan', '.', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out) as Report;
    expect(report.files.find((f) => f.path === 'broken.docx')?.error).toMatch(/^cannot read Word document/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(report.files.find((f) => f.path === 'broken.docx')?.error).toBe('cannot read Word document: not a zip package (a .docx is one): renamed, or cut short');
  });

  it('refuses a Word zip bomb from the package directory, before inflating it, in one line (user test 24, #17)', async () => {
    const dir = tempDir('docx-bomb');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', 'A'.repeat(24 * 1024 * 1024));
    writeFileSync(join(dir, 'bomb.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    writeFileSync(join(dir, 'ok.txt'), 'Sunset.\n');
    const started = Date.now();
    const r = await runCli(['scan', '.', '-f', 'json', '--no-model'], dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out) as Report;
    expect(report.files.find((f) => f.path === 'bomb.docx')?.error).toBe(
      'cannot read Word document: word/document.xml expands to 24 MiB, over the 16 MiB limit for one part',
    );
    expect(report.files.find((f) => f.path === 'ok.txt')?.error).toBeUndefined();
  });

  it('refuses a part that holds more than its zip headers say, inflating no more than they say (user test 25, P2-3)', async () => {
    const dir = tempDir('docx-lie');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', ' '.repeat(4 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Both headers of word/document.xml say it is 1,000 bytes: the local one and the central one (offsets of the
    // signature, the size, the name's length and the name in each).
    const headers = [
      { signature: 'PK\x03\x04', size: 22, nameLength: 26, name: 30 },
      { signature: 'PK\x01\x02', size: 24, nameLength: 28, name: 46 },
    ];
    for (const h of headers) {
      for (let at = bytes.indexOf(h.signature); at >= 0; at = bytes.indexOf(h.signature, at + 4)) {
        const name = bytes.subarray(at + h.name, at + h.name + bytes.readUInt16LE(at + h.nameLength)).toString();
        if (name === 'word/document.xml') bytes.writeUInt32LE(1000, at + h.size);
      }
    }
    writeFileSync(join(dir, 'lie.docx'), bytes);
    const r = await runCli(['check', 'lie.docx', '-f', 'json', '--no-model'], dir);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as Report).files[0].error).toBe(
      'cannot read Word document: word/document.xml holds more than the 1,000 bytes its header says (a forged zip)',
    );
  });
});

describe('sanitize of a .docx', () => {
  it('writes a Word document with the PII replaced in place, the picture cleaned and the author, comments and deleted text gone', { timeout: 120_000 }, async () => {
    const dir = tempDir('docx-clean');
    const input = await makeDocx(
      [
        'Community day on Saturday.',
        // the address split across runs, as Word saves a line typed in two goes
        { xml: '<w:r><w:t xml:space="preserve">Contact Officer Lee at home, 1423 El</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>m Street.</w:t></w:r>' },
        { xml: '<w:del w:id="1" w:author="Dana Ruiz"><w:r><w:delText>Her cell: (555) 201-3344</w:delText></w:r></w:del><w:r><w:t>See you there.</w:t></w:r>' },
      ],
      [gpsPhoto],
      { header: 'Harbor City PD · 1423 Elm Street', comments: [{ author: 'Dana Ruiz', text: 'ok to share?' }], author: 'Dana Ruiz' },
    );
    writeFileSync(join(dir, 'release.docx'), input);
    const r = await runCli(['sanitize', 'release.docx', '--out', 'clean', '-f', 'json', '--no-ocr', '--no-faces', '--config', profile], dir);
    expect(readFileSync(join(dir, 'release.docx')).equals(input)).toBe(true);
    expect(r.err).toMatch(/release\.docx -> clean\/release\.docx \(removed: .*pii\/address/);
    const copy = readFileSync(join(dir, 'clean/release.docx'));
    const zip = await JSZip.loadAsync(copy);
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith('word/media/')).map((f) => f.async('string')));
    expect(parts.join('\n')).not.toMatch(/1423 El|201-3344|Dana Ruiz|ok to share/);
    const { text, images } = await readDocx('release.docx', copy);
    expect(text).toBe('Community day on Saturday.\nContact Officer [name] at home, [address].\nSee you there.\n');
    expect(images).toHaveLength(1);
    expect(await exifr.gps(images[0].bytes).catch(() => undefined)).toBeUndefined();
    // the copy is screened again: nothing the placeholders and the picture cleaning could remove is left
    const report = JSON.parse(r.out) as Report;
    expect(report.files.flatMap((f) => f.findings.map((x) => x.ruleId))).not.toEqual(expect.arrayContaining(['pii/address', 'image/gps']));
    expect(r.code).toBe(0);
  });
});

describe('sanitize of a .docx header', () => {
  it('replaces what the header or footer alone holds, which the page shows on every sheet', { timeout: 60_000 }, async () => {
    const dir = tempDir('docx-clean');
    const input = await makeDocx(['Community day on Saturday.'], [], { header: 'Questions? Dana Ruiz, cell (555) 201-7788' });
    writeFileSync(join(dir, 'release.docx'), input);
    const r = await runCli(['sanitize', 'release.docx', '--out', 'clean', '-f', 'json', '--no-ocr', '--no-faces', '--config', profile], dir);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'clean/release.docx')));
    const header = await zip.file('word/header1.xml')!.async('string');
    expect(header).not.toMatch(/201-7788/);
    expect(header).toMatch(/\[phone number\]/);
    expect(r.code).toBe(0);
  });
});

describe('files of other types', () => {
  it('are listed in the summary and in JSON, not skipped in silence', async () => {
    const dir = tempDir('skip');
    mkdirSync(join(dir, 'drafts'));
    for (const name of ['a.pdf', 'b.pdf', 'c.pages', 'note.txt', '.DS_Store']) writeFileSync(join(dir, 'drafts', name), 'x');
    const stylish = await runCli(['scan', 'drafts', '--no-color'], dir);
    expect(stylish.out).toMatch(/3 files of unsupported types not screened: \.pages, \.pdf/);
    expect(stylish.out).not.toContain('✔');
    const report = JSON.parse((await runCli(['scan', 'drafts', '-f', 'json'], dir)).out) as Report;
    expect(report.summary.unsupported).toEqual({
      files: 3,
      types: ['.pages', '.pdf'],
      paths: ['a.pdf', 'b.pdf', 'c.pages'].map((n) => join('drafts', n)),
    });
  });
});

describe('what a Word package carries outside its text (user test 25, P3-1)', () => {
  it('screens link addresses, picture alt text, custom properties and custom XML, and the clean copy keeps none', { timeout: 120_000 }, async () => {
    const dir = tempDir('docx-carried');
    const zip = await JSZip.loadAsync(await makeDocx(['Toy drive on Saturday, all welcome.']));
    const body = (await zip.file('word/document.xml')!.async('string')).replace(
      '</w:body>',
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
        '<wp:docPr id="9" name="Picture 9" descr="Det. Marcus Delgado at the market" title="Marcus"/></wp:inline></w:drawing></w:r></w:p></w:body>',
    );
    zip.file('word/document.xml', body);
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:marcus.delgado77@gmail.com" TargetMode="External"/>' +
          '<Relationship Id="rL2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="tel:+15552019931" TargetMode="External"/></Relationships>',
      ),
    );
    zip.file('docProps/custom.xml', '<Properties><property fmtid="x" pid="2" name="Informant"><vt:lpwstr>Jane Porter 555-201-4417</vt:lpwstr></property></Properties>');
    zip.file('customXml/item1.xml', '<root><owner>Marcus Delgado</owner></root>');
    writeFileSync(join(dir, 'drive.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const checked = await runCli(['check', 'drive.docx', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
    const found = (JSON.parse(checked.out) as Report).files[0].findings.map((f) => `${'tag' in f.location ? f.location.tag : ''} ${f.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'link-address pii/email',
        'link-address pii/phone',
        'picture-alt-text id/undercover',
        'custom-property pii/phone',
        'custom-xml id/undercover',
      ]),
    );
    const r = await runCli(['sanitize', 'drive.docx', '--out', 'clean', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
    expect(r.err).toMatch(/contact link x2/);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/drive.docx')));
    const parts = await Promise.all(Object.values(copy.files).filter((f) => !f.dir).map((f) => f.async('string')));
    expect(parts.join('\n')).not.toMatch(/Delgado|Marcus|201-4417|2019931|Informant/);
    expect(Object.keys(copy.files).filter((n) => /custom/i.test(n))).toEqual([]);
  });
});
