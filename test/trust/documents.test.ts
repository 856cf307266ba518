// Word documents are screened (text and pictures inside); every other file a scan passes over is listed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import exifr from 'exifr';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { readDocx } from '../../src/inputs/docx.js';
import { runCli } from '../helpers/cli.js';
import { makeDocx, withParts } from '../helpers/docx.js';
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

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A small workbook as Excel embeds one: shared strings, a sheet with a number typed as a number, its author. */
async function workbook(): Promise<Buffer> {
  const book = new JSZip();
  book.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  book.file('xl/workbook.xml', '<workbook><sheets><sheet name="Overtime" sheetId="1" r:id="rId1"/></sheets></workbook>');
  book.file('xl/sharedStrings.xml', '<sst count="2"><si><t>Marcus Delgado</t></si><si><r><t>undercover </t></r><r><t>narcotics</t></r></si></sst>');
  book.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5552017781</v></c><c r="C1" t="inlineStr"><is><t>home 1423 Elm Street, cell 555-201-7781</t></is></c></row></sheetData></worksheet>');
  book.file('docProps/core.xml', '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>Marcus Delgado</dc:creator></cp:coreProperties>');
  return book.generateAsync({ type: 'nodebuffer' });
}

/** What an EMF drawing looks like to a reader without an EMF decoder: a header, then its text records in UTF-16. */
const emf = (text: string) => Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.alloc(36), Buffer.from(' EMF'), Buffer.alloc(8), Buffer.from(text, 'utf16le')]);

describe('embedded objects in a Word file (user test 27, U2-12)', () => {
  it('screens an embedded workbook and an OLE object, and the clean copy drops both and blanks the drawing they showed', { timeout: 120_000 }, async () => {
    const dir = tempDir('docx-embedded');
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('Informant Jane Porter 555-201-4417', 'utf16le')]);
    const object = (rid: string, preview: string, progId: string) =>
      `<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata r:id="${preview}"/></v:shape><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="${progId}" r:id="${rid}"/></w:object></w:r></w:p>`;
    const input = await withParts(
      await makeDocx(['Overtime schedule attached.']),
      {
        'word/embeddings/Microsoft_Excel_Worksheet.xlsx': await workbook(),
        'word/embeddings/oleObject1.bin': ole,
        'word/media/image1.emf': emf('Delgado 555-201-4417'),
      },
      {
        'word/_rels/document.xml.rels': [
          `<Relationship Id="rO1" Type="${REL}/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>`,
          `<Relationship Id="rO2" Type="${REL}/oleObject" Target="embeddings/oleObject1.bin"/>`,
          `<Relationship Id="rP1" Type="${REL}/image" Target="media/image1.emf"/>`,
        ],
      },
      object('rO1', 'rP1', 'Excel.Sheet.12') + object('rO2', 'rP1', 'Package'),
    );
    writeFileSync(join(dir, 'schedule.docx'), input);
    const checked = await runCli(['check', 'schedule.docx', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
    const [file] = (JSON.parse(checked.out) as Report).files;
    const found = file.findings.map((f) => `${'tag' in f.location ? f.location.tag : ''} ${f.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'embedded:embeddings/Microsoft_Excel_Worksheet.xlsx id/undercover',
        'embedded:embeddings/Microsoft_Excel_Worksheet.xlsx pii/phone',
        'embedded:embeddings/Microsoft_Excel_Worksheet.xlsx pii/address',
        'embedded:embeddings/Microsoft_Excel_Worksheet.xlsx:properties id/undercover',
        'embedded:embeddings/oleObject1.bin pii/phone',
        'drawing:media/image1.emf pii/phone',
      ]),
    );
    expect(file.note).toMatch(/1 embedded workbook, 1 OLE object \(read as raw strings only\), 1 drawing/);
    expect(checked.code).toBe(1);

    const r = await runCli(['sanitize', 'schedule.docx', '--out', 'clean', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
    expect(r.err).toMatch(/embedded object x2/);
    expect(r.err).toMatch(/object picture blanked/);
    expect(r.err).not.toMatch(/nothing to remove/);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/schedule.docx')));
    const names = Object.keys(copy.files);
    expect(names.filter((n) => /embeddings|\.emf$/.test(n))).toEqual([]);
    expect(names).toContain('word/media/image1.png');
    const parts = await Promise.all(Object.values(copy.files).filter((f) => !f.dir).map((f) => f.async('nodebuffer')));
    const all = Buffer.concat(parts);
    expect(all.toString('latin1')).not.toMatch(/OLEObject|Delgado|201-4417|oleObject1|Microsoft_Excel/);
    expect(all.toString('utf16le')).not.toMatch(/Delgado|201-4417/);
    expect(await copy.file('word/_rels/document.xml.rels')!.async('string')).toMatch(/Target="media\/image1\.png"/);
    expect(r.code).toBe(0);
  });

  it('names an embedded package it cannot open: an error, never a clean pass', async () => {
    const dir = tempDir('docx-embedded');
    const broken = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(40)]);
    writeFileSync(join(dir, 'a.docx'), await withParts(await makeDocx(['Schedule attached.']), { 'word/embeddings/Book1.xlsx': broken }));
    const r = await runCli(['check', 'a.docx', '-f', 'json', '--no-model', '--config', profile], dir);
    expect((JSON.parse(r.out) as Report).files[0].error).toMatch(/^embeddings\/Book1\.xlsx: .*embedded object not screened/);
    expect(r.code).toBe(2);
  });
});

// Fixes 29, defect 3 (fixes-word28 "not done"): a chart's cached text (its title, series names, category labels) is
// drawn on the page but was neither screened nor cleaned; only its embedded workbook went.
describe('charts in a Word file', () => {
  const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const chart = `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart>` +
    `<c:title><c:tx><c:rich><a:p><a:r><a:t>Overtime of Sgt. Renee </a:t></a:r><a:r><a:t>Whitfield</a:t></a:r></a:p></c:rich></c:tx></c:title>` +
    `<c:plotArea><c:barChart><c:ser><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Marcus Delgado</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Week 1</c:v></c:pt><c:pt idx="1"><c:v>call 555-201-7781</c:v></c:pt></c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="1"><c:v>5552017781</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>` +
    `<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`;

  it('reads the chart\'s title, series names and category labels as chart1, and the copy replaces what was found in place', { timeout: 120_000 }, async () => {
    const dir = tempDir('docx-chart');
    const input = await withParts(
      await makeDocx(['Overtime by week is below.']),
      { 'word/charts/chart1.xml': chart },
      { 'word/_rels/document.xml.rels': [`<Relationship Id="rC1" Type="${REL}/chart" Target="charts/chart1.xml"/>`] },
    );
    writeFileSync(join(dir, 'overtime.docx'), input);
    const { hidden } = await readDocx('overtime.docx', input);
    expect(hidden.find((h) => h.tag === 'chart1')?.text).toBe('Overtime of Sgt. Renee Whitfield\nMarcus Delgado\nWeek 1\ncall 555-201-7781');
    const r = await runCli(['check', 'overtime.docx', '-f', 'json', '--no-model', '--config', profile, '--show-evidence'], dir);
    const [file] = (JSON.parse(r.out) as Report).files;
    const found = file.findings.map((f) => [(f.location as { tag?: string }).tag, f.ruleId, f.evidence]);
    expect(found).toEqual(expect.arrayContaining([
      ['chart1', 'id/coworker', expect.stringContaining('Whitfield')],
      ['chart1', 'id/undercover', 'Marcus Delgado'],
      ['chart1', 'pii/phone', '555-201-7781'],
    ]));
    expect(r.code).toBe(1);

    const s = await runCli(['sanitize', 'overtime.docx', '--out', 'clean', '-f', 'json', '--no-model', '--config', profile], dir);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/overtime.docx')));
    const xml = await copy.file('word/charts/chart1.xml')!.async('string');
    expect(xml).not.toMatch(/Whitfield|Delgado|201-7781/);
    expect(xml).toContain('<c:v>[name]</c:v>');
    expect(xml).toContain('<c:v>call [phone number]</c:v>');
    expect(xml).toContain('<a:t>Overtime of Sgt. [name]</a:t>');
    expect(xml).toContain('<c:v>Week 1</c:v>');
    expect(xml).toContain('<c:v>5552017781</c:v>');
    expect(xml).not.toContain('c:externalData');
    expect(s.err).toMatch(/overtime\.docx -> .*removed: .*\[name\].*\[phone number\]/);
    const [cleaned] = (JSON.parse(s.out) as Report).files;
    expect(cleaned.findings.filter((f) => (f.location as { tag?: string }).tag === 'chart1')).toEqual([]);
    expect(s.code).toBe(0);
  });
});

// User test 29, U29-2: SmartArt (an org chart, a "who to contact" box) was not read either; a chart's workbook left
// the copy with its relationship still pointing at it; word/people.xml's commenters were not reported.
describe('diagrams, a chart\'s workbook and the people part of a Word file', () => {
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const data = `<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="${A}"><dgm:ptLst>` +
    `<dgm:pt modelId="{1}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Media contact</a:t></a:r></a:p></dgm:t></dgm:pt>` +
    `<dgm:pt modelId="{2}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Det. Marcus Delgado, cell 555-201-0177</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`;
  const drawing = `<?xml version="1.0" encoding="UTF-8"?><dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="${A}"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>Det. Marcus Delgado, cell 555-201-0177</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>`;
  const chart = `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}"><c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>Det. Marcus Delgado</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart><c:externalData r:id="rWb"/></c:chartSpace>`;
  const people = '<?xml version="1.0" encoding="UTF-8"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Marcus Delgado"><w15:presenceInfo w15:providerId="AD" w15:userId="mdelgado.vice@harborcitypd.example.org"/></w15:person></w15:people>';

  it('screens and cleans a SmartArt diagram, drops a chart\'s workbook with its relationship, and reports the people part', { timeout: 120_000 }, async () => {
    const dir = tempDir('docx-diagram');
    const input = await withParts(
      await makeDocx(['Who to contact is below.']),
      {
        'word/diagrams/data1.xml': data,
        'word/diagrams/drawing1.xml': drawing,
        'word/charts/chart1.xml': chart,
        'word/embeddings/Microsoft_Excel_Worksheet.xlsx': await workbook(),
        'word/people.xml': people,
      },
      {
        'word/_rels/document.xml.rels': [`<Relationship Id="rD1" Type="${REL}/diagramData" Target="diagrams/data1.xml"/>`, `<Relationship Id="rC1" Type="${REL}/chart" Target="charts/chart1.xml"/>`],
        'word/charts/_rels/chart1.xml.rels': [`<Relationship Id="rWb" Type="${REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>`],
      },
    );
    writeFileSync(join(dir, 'contacts.docx'), input);
    const r = await runCli(['check', 'contacts.docx', '-f', 'json', '--no-model', '--no-ocr', '--no-faces', '--config', profile, '--show-evidence'], dir);
    const [file] = (JSON.parse(r.out) as Report).files;
    const found = file.findings.map((f) => `${(f.location as { tag?: string }).tag} ${f.ruleId} ${f.evidence}`);
    expect(found).toEqual(expect.arrayContaining([
      'diagram1 id/undercover Marcus Delgado',
      'diagram1 pii/phone 555-201-0177',
      'chart1 id/undercover Marcus Delgado',
      'revision-author id/undercover Marcus Delgado',
    ]));
    expect(found.filter((f) => f.startsWith('diagram1 pii/phone'))).toHaveLength(1);
    expect(found.some((f) => f.startsWith('people '))).toBe(true);
    expect(file.note).toMatch(/author fields \([^)]*people/);

    const s = await runCli(['sanitize', 'contacts.docx', '--out', 'clean', '-f', 'json', '--no-model', '--no-ocr', '--no-faces', '--config', profile], dir);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/contacts.docx')));
    for (const part of ['word/diagrams/data1.xml', 'word/diagrams/drawing1.xml', 'word/charts/chart1.xml']) {
      const xml = await copy.file(part)!.async('string');
      expect(xml, part).not.toMatch(/Delgado|201-0177/);
    }
    expect(await copy.file('word/diagrams/data1.xml')!.async('string')).toContain('<a:t>Det. [name], cell [phone number]</a:t>');
    expect(copy.file('word/embeddings/Microsoft_Excel_Worksheet.xlsx')).toBeNull();
    expect(await copy.file('word/charts/_rels/chart1.xml.rels')!.async('string')).not.toContain('embeddings');
    const [cleaned] = (JSON.parse(s.out) as Report).files;
    expect(cleaned.findings.map((f) => `${(f.location as { tag?: string }).tag} ${f.ruleId}`)).toEqual([]);
    expect(s.code).toBe(0);
  });

  // User test 29, U29-23: the copies would not open (python-docx: "There is no item named 'customXml/item1.xml'"):
  // document.xml.rels still named the dropped part as ../customXml/item1.xml.
  it('leaves no relationship naming a part the copy dropped', { timeout: 60_000 }, async () => {
    const dir = tempDir('docx-rels');
    const input = await withParts(
      await makeDocx(['Community day on Saturday.']),
      { 'customXml/item1.xml': '<owner>Marcus Delgado</owner>', 'customXml/itemProps1.xml': '<ds:datastoreItem xmlns:ds="x"/>', 'customXml/_rels/item1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>` },
      { 'word/_rels/document.xml.rels': [`<Relationship Id="rX1" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`, `<Relationship Id="rX2" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/>`] },
    );
    writeFileSync(join(dir, 'a.docx'), input);
    await runCli(['sanitize', 'a.docx', '--out', 'clean', '--no-model', '--config', profile], dir);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/a.docx')));
    const names = new Set(Object.keys(copy.files));
    for (const relsName of [...names].filter((n) => n.endsWith('.rels'))) {
      const base = relsName.slice(0, relsName.lastIndexOf('_rels/'));
      const xml = await copy.file(relsName)!.async('string');
      for (const r of xml.matchAll(/<Relationship\b[^>]*\/>/g)) {
        if (/TargetMode="External"/.test(r[0])) continue;
        const target = /Target="([^"]*)"/.exec(r[0])![1]!;
        const part = target.startsWith('/') ? target.slice(1) : join(base, target).split('\\').join('/');
        expect(names.has(part), `${relsName}: ${target}`).toBe(true);
      }
    }
    expect(await copy.file('word/_rels/document.xml.rels')!.async('string')).toContain('https://example.org/');
  });

  it('reads words in any other part of the document\'s folder (a part no branch knows), and cleans them there', { timeout: 60_000 }, async () => {
    const dir = tempDir('docx-other');
    const ink = `<?xml version="1.0" encoding="UTF-8"?><x:box xmlns:x="urn:x" xmlns:a="${A}"><a:p><a:r><a:t>call 555-201-0199</a:t></a:r></a:p></x:box>`;
    writeFileSync(join(dir, 'box.docx'), await withParts(await makeDocx(['See the box.']), { 'word/textbox9.xml': ink }));
    const r = await runCli(['check', 'box.docx', '-f', 'json', '--no-model', '--config', profile], dir);
    expect((JSON.parse(r.out) as Report).files[0].findings.map((f) => `${(f.location as { tag?: string }).tag} ${f.ruleId}`)).toEqual(['part:textbox9.xml pii/phone']);
    await runCli(['sanitize', 'box.docx', '--out', 'clean', '--no-model', '--config', profile], dir);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/box.docx')));
    expect(await copy.file('word/textbox9.xml')!.async('string')).toContain('<a:t>call [phone number]</a:t>');
  });
});

describe('pictures outside the body of a Word file (user test 27, U2-13)', () => {
  it('screens a header picture as an attachment, as the body pictures are, and reads a VML picture title', { timeout: 60_000 }, async () => {
    const dir = tempDir('docx-header-pic');
    const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${REL}"><w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata xmlns:o="urn:schemas-microsoft-com:office:office" r:id="rH1" o:title="Det. Marcus Delgado"/></v:shape></w:pict></w:r></w:p></w:hdr>`;
    const input = await withParts(
      await makeDocx(['Station open house on Saturday.'], [], { header: 'x' }),
      { 'word/header1.xml': header, 'word/media/hdr.jpg': gpsPhoto },
      { 'word/_rels/header1.xml.rels': [`<Relationship Id="rH1" Type="${REL}/image" Target="media/hdr.jpg"/>`] },
    );
    writeFileSync(join(dir, 'open-house.docx'), input);
    const r = await runCli(['check', 'open-house.docx', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
    const [file] = (JSON.parse(r.out) as Report).files;
    expect(file.attachments).toEqual(['open-house.docx#media/hdr.jpg']);
    expect(file.findings.filter((f) => f.attachment === 'open-house.docx#media/hdr.jpg').map((f) => f.ruleId)).toContain('image/gps');
    expect(file.findings.filter((f) => 'tag' in f.location && f.location.tag === 'picture-alt-text').map((f) => f.ruleId)).toContain('id/undercover');
    // the same picture in the body is screened once, under its body name
    const twice = await withParts(await makeDocx(['Open house.'], [gpsPhoto]), { 'word/media/copy.jpg': gpsPhoto });
    writeFileSync(join(dir, 'twice.docx'), twice);
    const again = (JSON.parse((await runCli(['check', 'twice.docx', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir)).out) as Report).files[0];
    expect(again.attachments).toEqual(['twice.docx#image1.jpg']);
    // the clean copy's title is gone
    await runCli(['sanitize', 'open-house.docx', '--out', 'clean', '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/open-house.docx')));
    expect(await copy.file('word/header1.xml')!.async('string')).not.toMatch(/Delgado/);
  });
});

describe('the glossary and the properties of a Word file (user test 27, U2-11)', () => {
  it('screens Quick Parts and the title, keywords, category and description; the copy has no glossary and empty fields', { timeout: 60_000 }, async () => {
    const dir = tempDir('docx-glossary');
    const glossary = `<?xml version="1.0" encoding="UTF-8"?><w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docParts><w:docPart><w:docPartPr><w:name w:val="sig"/></w:docPartPr><w:docPartBody><w:p><w:r><w:t>Det. Marcus Delgado, cell 555-201-7781</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>`;
    const core =
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<dc:title>Tips by Marcus Delgado</dc:title><cp:keywords>Marcus Delgado; narcotics</cp:keywords><cp:category>Delgado file</cp:category><dc:description>home 1423 Elm Street</dc:description></cp:coreProperties>';
    const input = await withParts(
      await makeDocx(['Winter safety tips.']),
      { 'word/glossary/document.xml': glossary, 'docProps/core.xml': core },
      { 'word/_rels/document.xml.rels': [`<Relationship Id="rG" Type="${REL}/glossaryDocument" Target="glossary/document.xml"/>`] },
    );
    writeFileSync(join(dir, 'tips.docx'), input);
    const r = await runCli(['check', 'tips.docx', '-f', 'json', '--no-model', '--config', profile], dir);
    const [file] = (JSON.parse(r.out) as Report).files;
    const found = file.findings.map((f) => `${'tag' in f.location ? f.location.tag : ''} ${f.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining(['glossary id/undercover', 'glossary pii/phone', 'dc:title id/undercover', 'cp:keywords id/undercover', 'cp:category id/undercover', 'dc:description pii/address']),
    );
    expect(file.note).toMatch(/1 glossary entry/);
    const s = await runCli(['sanitize', 'tips.docx', '--out', 'clean', '-f', 'json', '--no-model', '--config', profile], dir);
    expect(s.err).toMatch(/glossary \(Quick Parts\)/);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/tips.docx')));
    expect(Object.keys(copy.files).filter((n) => /glossary/.test(n))).toEqual([]);
    const parts = await Promise.all(Object.values(copy.files).filter((f) => !f.dir).map((f) => f.async('string')));
    expect(parts.join('\n')).not.toMatch(/Delgado|7781|Elm Street|glossary/);
    expect(s.code).toBe(0);
  });
});

describe('macro-enabled Word files and templates (user test 27, U3-17)', () => {
  it('reads .docm, .dotx and .dotm as Word files, names the macros, and the copy has none', { timeout: 60_000 }, async () => {
    const dir = tempDir('docm');
    const docm = await withParts(
      await makeDocx(['Toy drive on Saturday.', 'Call Dana at home, (555) 201-3344.']),
      { 'word/vbaProject.bin': Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]), 'word/vbaData.xml': '<wne:vbaSuppData xmlns:wne="x"/>' },
      { 'word/_rels/document.xml.rels': [`<Relationship Id="rV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`] },
    );
    for (const name of ['release.docm', 'TEMPLATE.DOTM', 'letter.dotx']) writeFileSync(join(dir, name), name === 'letter.dotx' ? await makeDocx(['Call (555) 201-3344.']) : docm);
    const r = await runCli(['scan', '.', '-f', 'json', '--no-model', '--config', profile], dir);
    const report = JSON.parse(r.out) as Report;
    expect(report.summary.unsupported.files).toBe(0);
    for (const file of report.files) expect(file.findings.map((f) => f.ruleId), file.path).toContain('pii/phone');
    expect(report.files.find((f) => f.path === 'release.docm')?.note).toMatch(/holds macros \(word\/vbaProject\.bin\): never run and not screened/);
    expect(report.files.find((f) => f.path === 'letter.dotx')?.note).toBeUndefined();
    const s = await runCli(['sanitize', 'release.docm', '--out', 'clean', '-f', 'json', '--no-model', '--config', profile], dir);
    expect(s.err).toMatch(/release\.docm -> clean\/release\.docm \(removed: .*macros/);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, 'clean/release.docm')));
    expect(Object.keys(copy.files).filter((n) => /vba/i.test(n))).toEqual([]);
    expect(await copy.file('word/_rels/document.xml.rels')!.async('string')).not.toMatch(/vbaProject/);
    expect(s.code).toBe(0);
  });

  it('never gives a named file it skipped as binary a clean tick', async () => {
    const dir = tempDir('binary');
    writeFileSync(join(dir, 'notes.txt'), Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00, 0x01, 0x02, 0x03, 0xfe, 0x00]));
    const r = await runCli(['check', 'notes.txt', '--no-model', '--no-color', '--config', profile], dir);
    expect(r.out).toMatch(/binary file, not text/);
    expect(r.out).not.toContain('✔');
    expect(r.out).toMatch(/⚠ 0 findings .* 1 with nothing to screen/);
  });
});

describe('pictures inside a draft on the HTML page (user test 27, U2-2)', () => {
  it('embeds a Word file\'s pictures and a Markdown draft\'s inline (data:) pictures, as it does picture files', { timeout: 120_000 }, async () => {
    const dir = tempDir('docx-html');
    writeFileSync(join(dir, 'award.docx'), await makeDocx(['Congrats to the team.'], [gpsPhoto]));
    writeFileSync(join(dir, 'post.md'), `Great day.\n\n![team](data:image/jpeg;base64,${gpsPhoto.toString('base64')})\n`);
    for (const draft of ['award.docx', 'post.md']) {
      await runCli(['check', draft, '-f', 'html', '-o', `${draft}.html`, '--no-ocr', '--no-faces', '--no-model', '--config', profile], dir);
      const page = readFileSync(join(dir, `${draft}.html`), 'utf8');
      expect(page, draft).not.toMatch(/picture not embedded/);
      expect(page.match(/<img src="data:image\/jpeg;base64,/g), draft).toHaveLength(1);
      // the page's copy is re-encoded: none of the original's bytes (and its GPS) travel in it
      expect(page).not.toContain(gpsPhoto.subarray(2001, 2301).toString('base64'));
    }
  });
});
