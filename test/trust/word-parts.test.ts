// What a Word file carries that session 29 left unread (user test 29): each is screened, located by a tag of its own,
// and the clean copy holds none of it; the copy is screened again and opens as a package.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { formattedNumber, readDocx } from '../../src/inputs/docx.js';
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
  return { dir, found, note: report.note ?? '', error: report.error, err: s.err, code: s.code, copy, parts, after: after.findings.map((f) => `${(f.location as { tag?: string }).tag ?? 'body'} ${f.ruleId}`), afterError: after.error };
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

describe('imported chunks (altChunk: HTML, MHT, RTF, text) that Word reads into the body (user test 29, U29-29)', () => {
  const html = '<html><head><title>x</title><style>p{}</style></head><body><p>Media contact: Det. Marcus Delgado, cell 555-201-0177</p><p>Tom &amp; Jerry</p></body></html>';
  const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Riched20;}\f0 Desk: Sgt. Renee Whitfield\par Caf\'e9 on Elm\u8209?St\par}`;
  const mht = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>Home: 1423 Elm Street, Springf=',
    'ield</p>',
    '--B1--',
  ].join('\r\n');
  const chunks: [string, string, string, string][] = [
    ['afchunk.htm', html, 'application/xhtml+xml', 'htm'],
    ['afchunk2.rtf', rtf, 'application/rtf', 'rtf'],
    ['afchunk3.mht', mht, 'message/rfc822', 'mht'],
    ['afchunk4.txt', 'Call 555-201-0199 after six.', 'text/plain', 'txt'],
  ];

  it('screens each chunk\'s text, and the copy holds its words as plain paragraphs with what was found replaced', { timeout: 120_000 }, async () => {
    let input = await withParts(
      await makeDocx(['Winter parking ban from 6 pm.']),
      Object.fromEntries(chunks.map(([name, text]) => [`word/${name}`, text])),
      { 'word/_rels/document.xml.rels': chunks.map(([name], i) => `<Relationship Id="rA${i}" Type="${REL}/aFChunk" Target="${name}"/>`) },
      chunks.map((_, i) => `<w:altChunk r:id="rA${i}"/>`).join(''),
    );
    const zip = await JSZip.loadAsync(input);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', `${chunks.map(([, , type, ext]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('')}</Types>`));
    input = await zip.generateAsync({ type: 'nodebuffer' });
    const r = await checkAndClean('release.docx', input);
    expect(r.found).toEqual(expect.arrayContaining([
      'alt-chunk:afchunk.htm id/undercover Marcus Delgado',
      'alt-chunk:afchunk.htm pii/phone 555-201-0177',
      'alt-chunk:afchunk2.rtf id/coworker Sgt. Renee Whitfield',
      'alt-chunk:afchunk3.mht pii/address 1423 Elm Street',
      'alt-chunk:afchunk4.txt pii/phone 555-201-0199',
    ]));
    expect(r.note).toMatch(/4 imported chunks \(altChunk: HTML, RTF, MHT, text\)/);
    expect(r.err).toMatch(/imported chunk \(altChunk\) made plain paragraphs x4/);
    expect(Object.keys(r.parts).filter((n) => /afchunk/.test(n))).toEqual([]);
    expect(r.parts['word/_rels/document.xml.rels']).not.toContain('aFChunk');
    expect(r.parts['word/document.xml']).not.toContain('altChunk');
    expect(Object.values(r.parts).join('\n')).not.toMatch(/Delgado|Whitfield|201-0177|201-0199|1423 Elm/);
    const { text } = await readDocx('release.docx', r.copy);
    expect(text).toContain('Media contact: Det. [name], cell [phone number]\nTom & Jerry\n');
    expect(text).toContain('Café on Elm\u2011St\n');
    expect(text).toContain('Call [phone number] after six.\n');
    expect(text).toContain('Home: [address], Springfield\n');
    expect(r.after).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('names a chunk in a format it does not read: an error, and the copy drops it', { timeout: 60_000 }, async () => {
    const input = await withParts(
      await makeDocx(['Winter parking ban from 6 pm.']),
      { 'word/afchunk.bin': Buffer.from([0, 1, 2, 3, 250]) },
      { 'word/_rels/document.xml.rels': [`<Relationship Id="rA1" Type="${REL}/aFChunk" Target="afchunk.bin"/>`] },
      '<w:altChunk r:id="rA1"/>',
    );
    const r = await checkAndClean('release.docx', input);
    expect(r.error).toMatch(/afchunk\.bin: imported chunk \(altChunk\) in a format clearpost does not read/);
    expect(r.err).toMatch(/imported chunk \(altChunk\) dropped, not read/);
    expect(Object.keys(r.parts).filter((n) => /afchunk/.test(n))).toEqual([]);
    expect(r.parts['word/document.xml']).not.toContain('altChunk');
  });
});

describe('a text watermark (VML text path, as Word writes one in a header) and old WordArt (user test 29, U29-33)', () => {
  const mark = (text: string) =>
    `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="PowerPlusWaterMarkObject1" type="#_x0000_t136" style="rotation:315"><v:textpath style="font-family:Calibri" string="${text}"/></v:shape></w:pict></w:r>`;

  it('screens it as `watermark` and the copy replaces what was found in the attribute', { timeout: 120_000 }, async () => {
    const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p><w:r><w:t>Harbor City PD</w:t></w:r>${mark('CONFIDENTIAL - Det. Marcus Delgado')}</w:p></w:hdr>`;
    const input = await withParts(await makeDocx(['Parking ban from 6 pm.', { xml: mark('DRAFT for Sgt. Renee Whitfield 555-201-0177') }], [], { header: 'x' }), { 'word/header1.xml': header });
    const r = await checkAndClean('release.docx', input);
    expect(r.found).toEqual(expect.arrayContaining([
      'watermark id/undercover Marcus Delgado',
      'watermark id/coworker Sgt. Renee Whitfield',
      'watermark pii/phone 555-201-0177',
    ]));
    expect(r.parts['word/header1.xml']).toContain('string="CONFIDENTIAL - Det. [name]"');
    expect(r.parts['word/document.xml']).toContain('string="DRAFT for Sgt. [name] [phone number]"');
    expect(r.err).toMatch(/\[phone number\] \(pii\/phone\)/);
    expect(r.after).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('a picture\'s or shape\'s name (the Selection Pane\'s, an inserted file\'s: user test 29, U29-24)', () => {
  it('screens the names a person gave, and the copy names them `Picture <id>`', { timeout: 120_000 }, async () => {
    const drawing = (id: number, name: string, file: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="${id}" name="${name}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="${file}"/></pic:nvPicPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const box = '<w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="7" name="Sgt. Renee Whitfield box"/></wp:anchor></w:drawing></w:r>';
    const input = await makeDocx(['Stats for November.', { xml: drawing(3, 'Marcus Delgado at HQ', 'image3.png') + drawing(4, 'Picture 4', 'delgado_marcus-555-201-0177.jpg') + box }]);
    const r = await checkAndClean('stats.docx', input);
    expect(r.found).toEqual(expect.arrayContaining([
      'shape-name id/undercover Marcus Delgado',
      'shape-name pii/phone 555 201 0177',
      'shape-name id/coworker Sgt. Renee Whitfield',
    ]));
    expect(r.note).toMatch(/3 picture or shape names/);
    const xml = r.parts['word/document.xml']!;
    expect(xml).not.toMatch(/Delgado|delgado|Whitfield|0177/);
    expect(xml).toContain('<wp:docPr id="3" name="Picture 3"/>');
    expect(xml).toContain('<wp:docPr id="4" name="Picture 4"/>');
    expect(xml).toContain('<pic:cNvPr id="0" name="image3.png"/>');
    expect(xml).toContain('<pic:cNvPr id="0" name="Picture 0"/>');
    expect(r.err).toMatch(/picture or shape name x3/);
    expect(r.after).toEqual([]);
  });
});

describe('a Word file known by its bytes, not its name (user test 29, U29-26)', () => {
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);

  it('reads a Word package named .doc as Word, names an old binary .doc (or one named .docx) in one line, and goes on', { timeout: 120_000 }, async () => {
    const dir = tempDir('word-sniff');
    writeFileSync(join(dir, 'renamed.doc'), await makeDocx(['Call Det. Marcus Delgado on 555-201-0177.']));
    writeFileSync(join(dir, 'old.doc'), ole);
    writeFileSync(join(dir, 'olddoc.docx'), ole);
    writeFileSync(join(dir, 'locked.docx'), Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]));
    const r = await runCli(['check', 'renamed.doc', 'old.doc', 'olddoc.docx', 'locked.docx', '-f', 'json', '--no-model', '--config', profile, '--show-evidence'], dir);
    const files = Object.fromEntries((JSON.parse(r.out) as Report).files.map((f) => [f.path, f]));
    expect(files['renamed.doc']!.findings.map((f) => `${f.ruleId} ${f.evidence}`)).toEqual(expect.arrayContaining(['id/undercover Marcus Delgado', 'pii/phone 555-201-0177']));
    expect(files['old.doc']!.error).toBe('Word 97-2003 .doc: not read; save it as .docx');
    expect(files['olddoc.docx']!.error).toBe('Word 97-2003 .doc: not read; save it as .docx');
    expect(files['locked.docx']!.error).toMatch(/^a password-protected Word document: not read/);
    expect(r.code).toBe(2);

    // a folder's .doc files are taken too: the package screened, the old one named
    const s = await runCli(['scan', '.', '-f', 'json', '--no-model', '--config', profile], dir);
    const scanned = (JSON.parse(s.out) as Report).files;
    expect(scanned.find((f) => f.path === 'renamed.doc')!.findings.length).toBeGreaterThan(0);
    expect(scanned.find((f) => f.path === 'old.doc')!.error).toBe('Word 97-2003 .doc: not read; save it as .docx');

    // the clean copy of a package named .doc is a Word package of that name, screened as one
    const c = await runCli(['sanitize', 'renamed.doc', '--out', 'clean', '-f', 'json', '--no-model', '--config', profile], dir);
    const { text } = await readDocx('renamed.doc', readFileSync(join(dir, 'clean/renamed.doc')));
    expect(text).toBe('Call Det. [name] on [phone number].\n');
    expect((JSON.parse(c.out) as Report).files[0]!.findings).toEqual([]);
    expect(c.code).toBe(0);
  });
});

describe('a chart\'s axis titles, data labels, number categories and embedded workbook (user test 29: what session 29 left)', () => {
  const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const rich = (text: string) => `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></c:rich></c:tx>`;
  const chart = `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:plotArea><c:barChart><c:ser>` +
    `<c:tx><c:v>Stops</c:v></c:tx>` +
    `<c:dLbls><c:dLbl><c:idx val="0"/>${rich('Det. Marcus Delgado')}</c:dLbl></c:dLbls>` +
    `<c:cat><c:numRef><c:f>Sheet1!$A$2:$A$3</c:f><c:numCache><c:formatCode>[&lt;=9999999]###-####;\\(###\\)\\ ###-####</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>5552010188</c:v></c:pt></c:numCache></c:numRef></c:cat>` +
    `<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="1"><c:v>7</c:v></c:pt></c:numCache></c:numRef></c:val>` +
    `</c:ser></c:barChart><c:catAx><c:axId val="1"/><c:title>${rich('Calls to Sgt. Renee Whitfield')}</c:title></c:catAx><c:valAx><c:axId val="2"/><c:title>${rich('Stops')}</c:title></c:valAx></c:plotArea></c:chart>` +
    `<c:externalData r:id="rWb"/></c:chartSpace>`;

  it('reads a number as its format shows it (the digit formats of phone numbers and ids)', () => {
    const phone = '[<=9999999]###-####;\\(###\\) ###-####';
    expect(formattedNumber('5552010188', phone)).toBe('(555) 201-0188');
    expect(formattedNumber('2010188', phone)).toBe('201-0188');
    expect(formattedNumber('5552010188', '###-###-####')).toBe('555-201-0188');
    expect(formattedNumber('44', '0000')).toBe('0044');
    expect(formattedNumber('12', 'General')).toBe('12');
    expect(formattedNumber('45000', 'mm-dd-yy')).toBe('45000');
    expect(formattedNumber('3.5', '0.0')).toBe('3.5');
  });

  it('screens them, and the copy holds none of what was found, its numbers kept valid', { timeout: 120_000 }, async () => {
    const book = new JSZip();
    book.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    book.file('xl/sharedStrings.xml', '<sst count="1"><si><t>Marcus Delgado, home 1423 Elm Street</t></si></sst>');
    const input = await withParts(
      await makeDocx(['Stops in November.']),
      { 'word/charts/chart1.xml': chart, 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': await book.generateAsync({ type: 'nodebuffer' }) },
      {
        'word/_rels/document.xml.rels': [`<Relationship Id="rC1" Type="${REL}/chart" Target="charts/chart1.xml"/>`],
        'word/charts/_rels/chart1.xml.rels': [`<Relationship Id="rWb" Type="${REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>`],
      },
    );
    const r = await checkAndClean('stats.docx', input);
    expect(r.found).toEqual(expect.arrayContaining([
      'chart1 id/undercover Marcus Delgado',
      'chart1 id/coworker Sgt. Renee Whitfield',
      // Excel's Phone Number format on a number category: the axis shows (555) 201-0188
      'chart1 pii/phone (555) 201-0188',
      'embedded:embeddings/Microsoft_Excel_Worksheet.xlsx id/undercover Marcus Delgado',
    ]));
    const xml = r.parts['word/charts/chart1.xml']!;
    expect(xml).not.toMatch(/Delgado|Whitfield|5552010188/);
    // a number category stays a number: Word reads the cache as numbers
    for (const v of xml.match(/<c:numCache>[\s\S]*?<\/c:numCache>/g)!.join('').matchAll(/<c:v>([^<]*)<\/c:v>/g)) expect(v[1]).toMatch(/^-?\d+(?:\.\d+)?$/);
    expect(xml).toContain('<c:v>12</c:v>');
    expect(Object.keys(r.parts).filter((n) => n.includes('embeddings'))).toEqual([]);
    expect(r.after).toEqual([]);
  });
});
