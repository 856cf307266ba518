/**
 * Which files are Word packages (src/inputs/docx.ts reads them): known here, in core, because the reports need it too
 * (a Word file is a zip, so a CI report points into its paragraphs, never at a line of the file).
 */

/** Word packages: documents and templates, with macros (`.docm`, `.dotm`) or without; one format (user test 27, U3-17). */
export const DOCUMENT_EXTENSIONS = ['.docx', '.docm', '.dotx', '.dotm'];

/**
 * Older Word names (`.doc`, `.dot`): a walk takes them as drafts, and what their bytes are decides how they are read
 * (user test 29, U29-26): a Word package whatever its name (some mail gateways and records systems write `.doc`), an
 * old binary Word file named as what it is, or text.
 */
export const LEGACY_WORD_EXTENSIONS = ['.doc', '.dot'];
export const isLegacyWordPath = (path: string) => LEGACY_WORD_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e));

/** Files read as Word packages from their bytes though their names do not say so (`renamed.doc`), by path as named. */
const sniffed = new Set<string>();

/** Record that the file at `path` (as named in this run) is a Word package: every part of the run reads it as one. */
export function markDocument(path: string): void {
  sniffed.add(path);
}

export function isDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((e) => lower.endsWith(e)) || sniffed.has(path);
}
