/**
 * What of a Markdown draft is screened: the prose, link targets, alt text and front matter values, but not image
 * file paths or HTML comments (suppression directives live there). Hidden parts are replaced by spaces of the same
 * length, so every offset still points into the file. Link targets stay visible on purpose: `mailto:`, `tel:` and
 * profile URLs are exactly where PII and monikers hide.
 */

/** `<!-- ... -->`, including multi-line comments. */
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** The destination of an image: in `![alt](photos/IMG_4471.jpg "title")` everything after `]` is hidden. */
const IMAGE_DESTINATION = /(!\[[^\]]*\])(\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\))/g;
/** `<img src="...">` tags. */
const IMG_TAG = /<img\b[^>]*>/gi;

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

/** The screenable view of a Markdown file: same length as the input, hidden spans blanked. */
export function markdownScreenText(text: string): string {
  return text
    .replace(HTML_COMMENT, blank)
    .replace(IMAGE_DESTINATION, (_m, alt: string, dest: string) => alt + blank(dest))
    .replace(IMG_TAG, blank);
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(path);
}
