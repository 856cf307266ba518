/**
 * What of a Markdown draft is screened: the prose, link targets, alt text, image titles (`![alt](a.jpg "title")`, a
 * tooltip when rendered), an `<img>` tag's `alt` and `title` and front matter values, but not image file paths or
 * HTML comments (suppression directives live there; `clearpost sanitize` leaves comments out of the copy). Hidden parts are replaced by spaces of the same
 * length, so every offset still points into the file. Link targets stay visible on purpose: `mailto:`, `tel:` and
 * profile URLs are exactly where PII and monikers hide.
 */

/** `<!-- ... -->`, including multi-line comments. */
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** The destination of an image: in `![alt](photos/IMG_4471.jpg "title")` the path is hidden, the title is not. */
const IMAGE_DESTINATION = /(!\[[^\]]*\])(\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\))/g;
/** `<img src="...">` tags. */
const IMG_TAG = /<img\b[^>]*>/gi;
/** An image destination's title at its end: `"Photo by ..."`, `'...'` or `(...)` before the closing parenthesis. */
const DESTINATION_TITLE = /(\s)("[^"\n]*"|'[^'\n]*'|\([^()\n]*\))(\s*\))$/;
/** The `alt` and `title` attribute values of an `<img>` tag, shown when the picture does not load or on hover. */
const IMG_TEXT_ATTRIBUTE = /(\s(?:alt|title)\s*=\s*)("[^"]*"|'[^']*')/gi;

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

/** The screenable view of a Markdown file: same length as the input, hidden spans blanked. */
export function markdownScreenText(text: string): string {
  return text
    .replace(HTML_COMMENT, blank)
    .replace(IMAGE_DESTINATION, (_m, alt: string, dest: string) => {
      const title = DESTINATION_TITLE.exec(dest);
      if (!title) return alt + blank(dest);
      const path = dest.slice(0, title.index + title[1]!.length);
      return alt + blank(path) + title[2] + blank(title[3]!);
    })
    .replace(IMG_TAG, (tag) => {
      let out = '';
      let at = 0;
      for (const m of tag.matchAll(IMG_TEXT_ATTRIBUTE)) {
        const value = m.index + m[1]!.length;
        out += blank(tag.slice(at, value + 1)) + m[2]!.slice(1, -1);
        at = value + m[2]!.length - 1;
      }
      return out + blank(tag.slice(at));
    });
}

/** Where a Markdown draft's HTML comments are: `clearpost sanitize` leaves them out of the copy to post. */
export function htmlComments(text: string): { start: number; end: number }[] {
  return [...text.matchAll(HTML_COMMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(path);
}
