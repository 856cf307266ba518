/**
 * Which files are Word packages (src/inputs/docx.ts reads them): known here, in core, because the reports need it too
 * (a Word file is a zip, so a CI report points into its paragraphs, never at a line of the file).
 */

/** Word packages: documents and templates, with macros (`.docm`, `.dotm`) or without; one format (user test 27, U3-17). */
export const DOCUMENT_EXTENSIONS = ['.docx', '.docm', '.dotx', '.dotm'];

export function isDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((e) => lower.endsWith(e));
}
