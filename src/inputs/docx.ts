/**
 * Word documents (`.docx`, a press release or a drafted statement): their text and the pictures inside them, read
 * with mammoth (a maintained, pure-JS docx reader; no macros are run and nothing outside the file is fetched).
 */
import { InputError } from '../core/errors.js';

export const DOCUMENT_EXTENSIONS = ['.docx'];

export function isDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** A picture embedded in a document; `path` is `<document>#image<N>.<ext>`, how reports name it. */
export interface EmbeddedImage {
  path: string;
  bytes: Buffer;
}

export interface DocumentContent {
  /** Paragraphs, one per line: offsets and lines in findings refer to this text. */
  text: string;
  images: EmbeddedImage[];
}

const EXT_OF: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/tiff': 'tif', 'image/webp': 'webp' };

/** A package part that may be a picture: Word keeps them under `media/`; the extensions catch other layouts. */
export const PICTURE_PART = /(?:^|\/)media\/[^/]+$|\.(?:png|jpe?g|gif|tiff?|webp|bmp|emf|wmf|svg|heic|heif)$/i;

/** Whether the package holds a picture part: most press releases have none, and then mammoth's HTML pass is skipped. */
async function holdsPictures(bytes: Buffer): Promise<boolean> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files).some((f) => !f.dir && PICTURE_PART.test(f.name));
}

/** Read a .docx; a file that is not a readable Word document throws InputError. */
export async function readDocx(path: string, bytes: Buffer): Promise<DocumentContent> {
  // Loaded on first need: most runs have no Word documents.
  const { default: mammoth } = await import('mammoth');
  try {
    const raw = await mammoth.extractRawText({ buffer: bytes });
    const images: EmbeddedImage[] = [];
    // The HTML pass is a second full parse; it is run only to hand over the pictures.
    if (await holdsPictures(bytes)) {
      await mammoth.convertToHtml(
        { buffer: bytes },
        {
          convertImage: mammoth.images.imgElement(async (image) => {
            const ext = EXT_OF[image.contentType] ?? (image.contentType.split('/')[1] || 'bin').replace(/[^a-z0-9]/gi, '');
            images.push({ path: `${path}#image${images.length + 1}.${ext}`, bytes: await image.readAsBuffer() });
            return { src: '' };
          }),
        },
      );
    }
    // mammoth separates paragraphs with a blank line; one line per paragraph keeps line numbers meaningful.
    return { text: raw.value.replace(/\n\n/g, '\n').replace(/\n+$/, '\n'), images };
  } catch (err) {
    throw new InputError(path, `cannot read Word document: ${(err as Error).message.split('\n')[0]}`);
  }
}
