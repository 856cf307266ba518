/**
 * What of a Markdown draft is screened: the prose, link targets, alt text, image titles (`![alt](a.jpg "title")`, a
 * tooltip when rendered), the values of an `<img>` tag's attributes but its path (`alt`, `title`, `data-owner`...) and
 * front matter values, but not image file paths or
 * HTML comments (suppression directives live there; commentText reads the other comments apart, for names and private
 * details; `clearpost sanitize` leaves comments out of the copy). Hidden parts are replaced by spaces of the same
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
/**
 * The attribute values of an `<img>` tag other than its path (`src`, `srcset`): `alt` and `title` are shown when the
 * picture does not load or on hover, and any other (`data-owner="..."`, `aria-label`) is published with the source.
 */
const IMG_TEXT_ATTRIBUTE = /(\s(?!(?:src|srcset)\s*=)[^\s"'<>\/=]+\s*=\s*)("[^"]*"|'[^']*')/gi;

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

/** What separates the words of a file name: `ortega-at-the-raid.jpg`, `dana_k%20bbq.png`. */
const NAME_SEPARATOR = /%20|[-_.+~]/g;
/** The file name at the end of a link target (after the last `/`), before any `?query` or `#fragment`. */
const TARGET_FILE_NAME = /([^/\\?#<>()"'\s](?:[^/\\?#<>()"']*[^/\\?#<>()"'\s])?)(?:[?#][^\s<>()"']*)?$/;

/**
 * The words of the file names of the pictures a Markdown draft links (`![](ortega-at-the-raid.jpg)`, `<img src>`) at
 * their place in the file, everything else blanked (same length as the input): markdownScreenText hides image paths,
 * but a picture's name is published with it (its address, a download's name). Separators read as spaces ("ortega at
 * the raid"); the extension is blanked. `keepUnderscores` keeps a handle whole (`dana_k-bbq.jpg` reads "dana_k bbq").
 */
export function pictureNameText(text: string, options: { keepUnderscores?: boolean } = {}): string {
  const out = blank(text).split('');
  const show = (target: string, at: number) => {
    const name = TARGET_FILE_NAME.exec(target);
    if (!name) return;
    const start = at + name.index;
    const words = fileNameWords(name[1]!, options);
    for (let i = 0; i < words.length; i++) out[start + i] = words[i]!;
  };
  const visible = text.replace(HTML_COMMENT, blank);
  for (const m of visible.matchAll(IMAGE_DESTINATION)) {
    const dest = m[2]!;
    const title = DESTINATION_TITLE.exec(dest);
    const path = title ? dest.slice(0, title.index) : dest.slice(0, -1);
    show(path.replace(/>?\s*$/, ''), m.index + m[1]!.length);
  }
  for (const m of visible.matchAll(IMG_TAG)) {
    const src = /(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(m[0]);
    if (src) show(src[2] ?? src[3] ?? src[4]!, m.index + src.index + src[1]!.length + (src[4] === undefined ? 1 : 0));
  }
  return out.join('');
}

/** What an `<img>` tag's attributes may say that a reader of the page sees or the browser needs; the rest is left out of a copy. */
const SHOWN_IMG_ATTRIBUTES = new Set(['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'align', 'class', 'style', 'aria-label']);
/** One attribute of a tag, with the spaces before it: ` data-owner="Carla"`, ` width=3`, ` hidden`. */
const TAG_ATTRIBUTE = /\s+([^\s"'<>\/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * Where the attributes of a Markdown draft's `<img>` tags that no reader sees are (`data-owner="..."`, `id`, `name`):
 * they are published with the source, so `clearpost sanitize` leaves them out of the copy.
 */
export function hiddenImgAttributes(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const visible = text.replace(HTML_COMMENT, blank);
  for (const tag of visible.matchAll(IMG_TAG)) {
    const body = tag[0].slice(4).replace(/\/?>$/, '');
    for (const a of body.matchAll(TAG_ATTRIBUTE)) {
      if (SHOWN_IMG_ATTRIBUTES.has(a[1]!.toLowerCase())) continue;
      const start = tag.index + 4 + a.index;
      out.push({ start, end: start + a[0].length });
    }
  }
  return out;
}

/**
 * What a file name may start with to order it, not to say anything: a zero-padded number (`04-`), or a date as
 * Jekyll requires and Hugo sites use (`2026-12-01-`, `2026-12-`, `20261201-`; user test 29, U29-4).
 */
const LEADING_ORDER = /^(?:(?:19|20)\d\d[-_.]\d{1,2}(?:[-_.]\d{1,2})?|(?:19|20)\d{6}|0\d*)(?=[-_.+~ ]|%20)/;

/**
 * A file name read as words, the same length up to its extension (`ortega-at-the-raid.jpg` -> `ortega at the raid`):
 * what the picture-name rules read. `keepUnderscores` keeps a handle whole. A zero-padded number or a date in front
 * orders the files, blanked (`04-official-toy-drive.md`, `2026-12-01-toy-drive.md` are no house number on a "Drive").
 */
export function fileNameWords(name: string, options: { keepUnderscores?: boolean } = {}): string {
  const separator = options.keepUnderscores ? /%20|[-.+~]/g : NAME_SEPARATOR;
  return name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(LEADING_ORDER, (n) => ' '.repeat(n.length))
    .replace(separator, (sep) => ' '.repeat(sep.length));
}

/**
 * The words inside a Markdown draft's HTML comments, everything else blanked (same length as the input): hidden when
 * the draft is rendered, but published with its source (`<!-- note to self: her cell is 608-555-0199 -->`). clearpost's
 * own directives (`<!-- clearpost-disable ... -->`) are not read.
 */
export function commentText(text: string): string {
  const out = blank(text).split('');
  for (const m of text.matchAll(HTML_COMMENT)) {
    const inner = m[0].slice(4, -3);
    if (/^\s*clearpost[-:]/.test(inner)) continue;
    for (let i = 0; i < inner.length; i++) out[m.index + 4 + i] = inner[i]!;
  }
  return out.join('');
}

/** Where a Markdown draft's HTML comments are: `clearpost sanitize` leaves them out of the copy to post. */
export function htmlComments(text: string): { start: number; end: number }[] {
  return [...text.matchAll(HTML_COMMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(path);
}

/** A picture a draft holds inline as a `data:` URI (`![x](data:image/jpeg;base64,...)`, `<img src="data:...">`). */
export interface InlinePicture {
  /** `post.md#inline-1.jpg`: the draft's path, `#`, its place among them and the extension its type names. */
  path: string;
  bytes: Buffer;
  /** The URI's span in the draft (`data:` to the last base64 character): what a clean copy replaces. */
  start: number;
  end: number;
}

/** `data:image/jpeg;base64,...`: editors that paste pictures inline (Typora, Obsidian, CMS exports) write them so. */
const DATA_URI = /data:image\/([\w.+-]+)(?:;[\w-]+=[\w.-]+)*;base64,([A-Za-z0-9+/]+=*)/gi;
const TYPE_EXTENSIONS: Readonly<Record<string, string>> = { jpeg: 'jpg', jpg: 'jpg', pjpeg: 'jpg', 'svg+xml': 'svg', 'x-icon': 'ico' };

/**
 * The pictures a Markdown draft holds as `data:` URIs: they go out with the post as much as a linked file does, so
 * they are screened as its attachments (named `post.md#inline-1.jpg`) and cleaned in its copy.
 */
export function inlinePictures(text: string, draftPath: string): InlinePicture[] {
  if (!/data:image\//i.test(text)) return [];
  return [...text.matchAll(DATA_URI)].map((m, i) => {
    const type = m[1]!.toLowerCase();
    const ext = TYPE_EXTENSIONS[type] ?? type.replace(/^x-/, '');
    return { path: `${draftPath}#inline-${i + 1}.${ext}`, bytes: Buffer.from(m[2]!, 'base64'), start: m.index, end: m.index + m[0].length };
  });
}
