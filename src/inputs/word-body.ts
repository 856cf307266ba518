/**
 * A Word body's text, read through mammoth's document model (a maintained, pure-JS docx reader; nothing in the file is
 * run): what docx.ts screens and what an imported Word chunk (alt-chunk.ts) holds.
 */
import { createRequire } from 'node:module';

/** An element of mammoth's document model, as far as its raw text needs. */
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

type MammothModule = (id: string) => {
  openZip?: (input: { buffer: Buffer }) => PromiseLike<unknown>;
  read?: (zip: unknown) => PromiseLike<{ value: MammothElement }>;
};
let mammothLib: MammothModule | undefined;

/**
 * A Word body's text as mammoth's `extractRawText` reads it (its document model, a blank line after each paragraph),
 * but a line, page or column break (`<w:br/>`) and a tab read as a space, where mammoth's raw text has nothing for a
 * break and a tab character: "Marcus<w:br/>Delgado" read "MarcusDelgado" and "203<w:br/>555-0177" no phone number
 * (fixes 30, Word, not done). The clean copy's runs read them the same way (docx-rewrite.ts WORD_RUNS).
 */
export async function bodyText(bytes: Buffer): Promise<string> {
  mammothLib ??= createRequire(createRequire(import.meta.url).resolve('mammoth')) as MammothModule;
  const zip = await mammothLib('./unzip').openZip!({ buffer: bytes });
  const document = await mammothLib('./docx/docx-reader').read!(zip);
  const text = (element: MammothElement): string => {
    if (element.type === 'text') return element.value ?? '';
    if (element.type === 'tab' || element.type === 'break') return ' ';
    return (element.children ?? []).map(text).join('') + (element.type === 'paragraph' ? '\n\n' : '');
  };
  return text(document.value);
}
