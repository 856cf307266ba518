// A minimal Word document built in the test (paragraphs and inline pictures), so no .docx file is committed.
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function picture(rid: string, n: number): string {
  return `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="952500" cy="952500"/><wp:docPr id="${n}" name="Picture ${n}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${n}" name="image${n}.jpg"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rid}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

/** What a Word file carries besides its body: a header, a footnote, comments, the author's name in its properties. */
export interface DocxExtras {
  header?: string;
  footnote?: string;
  comments?: { author: string; text: string }[];
  author?: string;
}

/**
 * A .docx holding `paragraphs` and, after them, one paragraph per JPEG in `images`. A paragraph given as `{ xml }` is
 * written as is inside `<w:p>` (runs split mid-word, tracked changes); comments are anchored on the first paragraph.
 */
export async function makeDocx(paragraphs: (string | { xml: string })[], images: Buffer[] = [], extras: DocxExtras = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const rels = images.map((_, i) => `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${i + 1}.jpg"/>`);
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  if (extras.header) {
    rels.push('<Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
    zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p>${run(extras.header)}</w:p></w:hdr>`);
  }
  if (extras.footnote) {
    rels.push('<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>');
    zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p>${run(extras.footnote)}</w:p></w:footnote></w:footnotes>`);
  }
  const comments = extras.comments ?? [];
  if (comments.length) {
    rels.push('<Relationship Id="rIdCmt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>');
    const items = comments.map((c, i) => `<w:comment w:id="${i}" w:author="${escapeXml(c.author)}"><w:p>${run(c.text)}</w:p></w:comment>`);
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}">${items.join('')}</w:comments>`);
  }
  if (extras.author) {
    zip.file(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${escapeXml(extras.author)}</dc:creator><cp:lastModifiedBy>${escapeXml(extras.author)}</cp:lastModifiedBy></cp:coreProperties>`,
    );
  }
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  images.forEach((bytes, i) => zip.file(`word/media/image${i + 1}.jpg`, bytes));
  const anchors = (i: number) =>
    i === 0 ? comments.map((_, c) => `<w:commentRangeStart w:id="${c}"/><w:commentRangeEnd w:id="${c}"/><w:r><w:commentReference w:id="${c}"/></w:r>`).join('') : '';
  const body = [
    ...paragraphs.map((p, i) => `<w:p>${typeof p === 'string' ? run(p) : p.xml}${anchors(i)}</w:p>`),
    ...images.map((_, i) => `<w:p>${picture(`rIdImg${i + 1}`, i + 1)}</w:p>`),
  ];
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Add parts to a built Word package (relationships appended to the part's own .rels; `body` XML at the end of the body). */
export async function withParts(docx: Buffer, parts: Record<string, string | Buffer>, rels: Record<string, string[]> = {}, body?: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  for (const [relsPart, items] of Object.entries(rels)) {
    const xml = (await zip.file(relsPart)?.async('string')) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(relsPart, xml.replace('</Relationships>', `${items.join('')}</Relationships>`));
  }
  if (body) zip.file('word/document.xml', (await zip.file('word/document.xml')!.async('string')).replace('</w:body>', `${body}</w:body>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}
