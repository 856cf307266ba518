// A Word document's clean copy: words replaced inside its runs, tracked changes accepted, comments and author gone.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { acceptTrackedChanges, docxPictures, replaceInRuns, rewriteDocx } from '../../src/inputs/docx-rewrite.js';
import { textOf } from '../../src/inputs/ooxml.js';
import { makeDocx } from '../helpers/docx.js';

const runs = (...texts: string[]) => `<w:p>${texts.map((t) => `<w:r><w:t>${t}</w:t></w:r>`).join('')}</w:p>`;

describe('replaceInRuns', () => {
  it('replaces a text split across runs, keeping each run and its formatting', () => {
    const xml = runs('Call Sgt. Ren', 'ee Whitfield', ' at 6.');
    const out = replaceInRuns(xml, [{ text: 'Sgt. Renee Whitfield', placeholder: '[name]', reason: 'id/coworker' }]);
    expect(out.xml).toBe(
      '<w:p><w:r><w:t xml:space="preserve">Call [name]</w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r><w:r><w:t> at 6.</w:t></w:r></w:p>',
    );
    expect(out.removed).toEqual({ 'id/coworker': 1 });
  });

  it('replaces a placed text only between its words, and never across paragraphs', () => {
    const xml = runs('Badge 42 on duty, 42 cups of coffee.') + runs('Badge 4', '2 again');
    const out = replaceInRuns(xml, [{ text: '42', placeholder: '[badge number]', reason: 'id/badge-number', before: 'Badge ', after: ' on duty' }]);
    expect(out.xml).toContain('Badge [badge number] on duty, 42 cups of coffee.');
    expect(out.xml).toContain('<w:t>Badge 4</w:t>');
    expect(out.removed).toEqual({ 'id/badge-number': 1 });
  });

  it('reads Word\'s hyphens, tabs, symbols and breaks as the body text does, and drops those inside a replaced text (U29-32)', () => {
    const xml = '<w:p><w:r><w:t>Call 555</w:t><w:noBreakHyphen/><w:t>201</w:t><w:noBreakHyphen/><w:t>0177</w:t><w:tab/><w:t>Del</w:t><w:softHyphen/><w:t>gado</w:t></w:r>' +
      '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:br/><w:t>Oak</w:t><w:sym w:font="Wingdings" w:char="F028"/></w:r></w:p>';
    const out = replaceInRuns(xml, [
      { text: '555\u2011201\u20110177', placeholder: '[phone number]', reason: 'pii/phone', before: 'Call ', after: ' Del' },
      { text: 'Del\u00ADgado Oak', placeholder: '[name]', reason: 'id/coworker', after: '\u{1F57F}' },
    ]);
    expect(out.removed).toEqual({ 'pii/phone': 1, 'id/coworker': 1 });
    expect(out.xml).toBe(
      '<w:p><w:r><w:t xml:space="preserve">Call [phone number]</w:t><w:t xml:space="preserve"></w:t><w:t xml:space="preserve"></w:t><w:tab/><w:t xml:space="preserve">[name]</w:t><w:t xml:space="preserve"></w:t></w:r>' +
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve"></w:t><w:sym w:font="Wingdings" w:char="F028"/></w:r></w:p>',
    );
  });

  it('reads a tab and a line, page or column break as a space, as the body text and a header\'s text do', () => {
    const xml = '<w:p><w:r><w:t>Marcus</w:t><w:br/><w:t>Delgado, 203</w:t><w:tab/><w:t>555-0177</w:t><w:br w:type="page"/><w:t>42 Oak St</w:t></w:r></w:p>';
    expect(textOf(xml, 'w:t')).toBe('Marcus Delgado, 203 555-0177 42 Oak St');
    const out = replaceInRuns(xml, [
      { text: 'Marcus Delgado', placeholder: '[name]', reason: 'id/undercover' },
      { text: '203 555-0177', placeholder: '[phone number]', reason: 'pii/phone' },
    ]);
    expect(out.removed).toEqual({ 'id/undercover': 1, 'pii/phone': 1 });
    expect(out.xml).not.toMatch(/Marcus|Delgado|203|0177|<w:tab\/>/);
    expect(out.xml).toContain('<w:br w:type="page"/><w:t>42 Oak St</w:t>');
  });

  it('reads and writes XML entities', () => {
    const out = replaceInRuns(runs('Tom &amp; Jerry, 1 Elm St &lt;home&gt;'), [{ text: '1 Elm St', placeholder: '[address]', reason: 'pii/address' }]);
    expect(out.xml).toContain('Tom &amp; Jerry, [address] &lt;home&gt;');
  });
});

describe('acceptTrackedChanges', () => {
  it('drops deletions and their authors, keeps insertions without their marks', () => {
    const xml =
      '<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="Jo Smith" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>' +
      '<w:del w:id="1" w:author="Jo Smith"><w:r><w:delText>12 Oak Lane</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="Jo Smith"><w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="Jo Smith"><w:rPr/></w:rPrChange></w:rPr><w:t>the station</w:t></w:r></w:ins></w:p>';
    const out = acceptTrackedChanges(xml);
    expect(out.xml).not.toMatch(/Oak Lane|Jo Smith|w:del|w:ins/);
    expect(out.xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>the station</w:t></w:r>');
    expect(out.count).toBe(4);
  });
});

describe('rewriteDocx', () => {
  it('counts a finding whose words it found nowhere as missed (U29-32)', async () => {
    const doc = await makeDocx(['Call 555-201-3344 today.']);
    const out = await rewriteDocx('a.docx', doc, {
      replacements: [
        { text: '555-201-3344', placeholder: '[phone number]', reason: 'pii/phone', before: 'Call ', finding: true },
        { text: 'Marcus Delgado', placeholder: '[name]', reason: 'id/undercover', finding: true },
      ],
      pictures: new Map(),
    });
    expect(out.removed).toEqual({ 'pii/phone': 1 });
    expect(out.missed).toBe(1);
  });

  it('leaves hidden text out of the copy (user test 25, P3-4)', async () => {
    const doc = await makeDocx([{ xml: '<w:r><w:t xml:space="preserve">Visible part. </w:t></w:r><w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t>HIDDEN: Carla home</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown</w:t></w:r>' }]);
    const out = await rewriteDocx('a.docx', doc, { replacements: [], pictures: new Map() });
    const xml = await (await JSZip.loadAsync(out.bytes)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('HIDDEN');
    expect(xml).toContain('Visible part. ');
    expect(xml).toContain('shown');
    expect(out.removed).toEqual({ 'hidden text': 1 });
  });

  it('blanks the author, empties the comments and replaces text in headers too', async () => {
    const doc = await makeDocx(['Call (555) 201-3344 today.'], [], {
      header: 'Desk line (555) 201-3344',
      comments: [{ author: 'Jo Smith', text: 'his cell is (555) 201-3344' }],
      author: 'Jo Smith',
    });
    const out = await rewriteDocx('a.docx', doc, { replacements: [{ text: '(555) 201-3344', placeholder: '[phone number]', reason: 'pii/phone' }], pictures: new Map() });
    const zip = await JSZip.loadAsync(out.bytes);
    const all = (await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')))).join('\n');
    expect(all).not.toMatch(/201-3344|Jo Smith/);
    expect(all).toContain('Call [phone number] today.');
    expect(all).toContain('Desk line [phone number]');
    expect(out.removed).toEqual({ 'pii/phone': 2, comments: 1, metadata: 2 });
  });

  it('renames a picture whose clean copy changed format and points the document at it', async () => {
    const doc = await makeDocx(['Photo below.'], [Buffer.from('GIF89a')]);
    const [picture] = await docxPictures('a.docx', doc);
    expect(picture.name).toBe('word/media/image1.jpg');
    const out = await rewriteDocx('a.docx', doc, { replacements: [], pictures: new Map([[picture.name, { bytes: Buffer.from('png'), rename: 'word/media/image1.png' }]]) });
    const zip = await JSZip.loadAsync(out.bytes);
    expect(zip.file('word/media/image1.jpg')).toBeNull();
    expect(await zip.file('word/media/image1.png')!.async('string')).toBe('png');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="media/image1.png"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Default Extension="png" ContentType="image/png"/>');
  });

  it('drops the saved thumbnail of the first page with its relationship and type', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(['Call (555) 201-3344 today.']));
    zip.file('docProps/thumbnail.jpeg', Buffer.from('first page as saved'));
    const rels = await zip.file('_rels/.rels')!.async('string');
    zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/></Types>'));
    const doc = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await docxPictures('a.docx', doc)).toEqual([]);
    const out = await rewriteDocx('a.docx', doc, { replacements: [], pictures: new Map() });
    const copy = await JSZip.loadAsync(out.bytes);
    expect(copy.file('docProps/thumbnail.jpeg')).toBeNull();
    expect(await copy.file('_rels/.rels')!.async('string')).not.toContain('thumbnail');
    expect(await copy.file('[Content_Types].xml')!.async('string')).not.toContain('thumbnail');
    expect(await copy.file('_rels/.rels')!.async('string')).toContain('Target="word/document.xml"');
    expect(out.removed).toEqual({ thumbnail: 1 });
  });

  it('cleans a picture kept outside word/media and points its relationship at the renamed copy', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(['Photo below.']));
    zip.file('word/embeddings/photo.jpg', Buffer.from('GIF89a'));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdE" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="/word/embeddings/photo.jpg"/></Relationships>'));
    const doc = await zip.generateAsync({ type: 'nodebuffer' });
    const pictures = await docxPictures('a.docx', doc);
    expect(pictures.map((p) => p.name)).toEqual(['word/embeddings/photo.jpg']);
    const out = await rewriteDocx('a.docx', doc, { replacements: [], pictures: new Map([['word/embeddings/photo.jpg', { bytes: Buffer.from('png'), rename: 'word/embeddings/photo.png' }]]) });
    const copy = await JSZip.loadAsync(out.bytes);
    expect(copy.file('word/embeddings/photo.jpg')).toBeNull();
    expect(await copy.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="/word/embeddings/photo.png"');
  });

  it('gives a file that is not a Word package one error naming it', async () => {
    await expect(rewriteDocx('broken.docx', Buffer.from('not a zip'), { replacements: [], pictures: new Map() })).rejects.toThrow(/broken\.docx|cannot read Word document/);
  });
});

// User test 29, U29-30: a Word file's undercover name was logged "id/coworker, only an info: put it back if it is
// public" (the co-worker reading of the same words, info on an official post, was applied first).
describe('the strongest reading names a replacement', () => {
  it('counts an undercover member\'s name under id/undercover, whichever reading comes first', () => {
    const xml = runs('Thanks to Det. Kenji Watanabe for the help.');
    const out = replaceInRuns(xml, [
      { text: 'Kenji Watanabe', placeholder: '[name]', reason: 'id/coworker (info)', before: 'Det. ', after: ' for' },
      { text: 'Kenji Watanabe', placeholder: '[name]', reason: 'id/undercover', before: 'Det. ', after: ' for' },
    ]);
    expect(out.xml).toContain('Thanks to Det. [name] for the help.');
    expect(out.removed).toEqual({ 'id/undercover': 1 });
  });
});
