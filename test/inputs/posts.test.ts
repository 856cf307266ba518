import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FrontMatterError,
  anchorResolver,
  blankRange,
  findImageLinks,
  groupPosts,
  isRemoteTarget,
  parseFrontMatter,
  postFiles,
  targetToPath,
  type Post,
} from '../../src/inputs/posts.js';
import { tempDir } from '../helpers/tmp.js';

/** An in-memory tree: path -> text (images get placeholder content). */
function tree(files: Record<string, string>) {
  const paths = Object.keys(files);
  return {
    paths,
    read: (p: string) => files[p],
    exists: (p: string) => p in files,
  };
}

const byPath = (posts: Post[], path: string) => posts.find((p) => p.path === path)!;

describe('parseFrontMatter', () => {
  it('parses a YAML block at the start and gives its range', () => {
    const text = '---\ncontext: official\naccount: "@RPD_News"\nimages: [a.jpg, b.png]\n---\nBody text\n';
    const fm = parseFrontMatter(text)!;
    expect(fm.data).toEqual({ context: 'official', account: '@RPD_News', images: ['a.jpg', 'b.png'] });
    expect(fm.range).toEqual([0, text.indexOf('Body')]);
    expect(text.slice(...fm.contentRange)).toBe('context: official\naccount: "@RPD_News"\nimages: [a.jpg, b.png]\n');
  });

  it('accepts CRLF, a BOM, `...` as the closing fence and an empty block', () => {
    expect(parseFrontMatter('\uFEFF---\r\ncontext: personal\r\n...\r\nhi')!.data).toEqual({ context: 'personal' });
    const empty = parseFrontMatter('---\n---\nhi')!;
    expect(empty.data).toEqual({});
    expect(empty.range).toEqual([0, 8]);
  });

  it('returns undefined without an opening fence on line 1 or without a closing fence', () => {
    expect(parseFrontMatter('Hello\n---\na: 1\n---\n')).toBeUndefined();
    expect(parseFrontMatter('---\nJust a rule, then prose.\n')).toBeUndefined();
    expect(parseFrontMatter('')).toBeUndefined();
  });

  it('throws FrontMatterError with the file line for malformed YAML', () => {
    const text = '---\ncontext: official\nimages: [a.jpg\naccount: x\n---\nbody';
    let err: unknown;
    try {
      parseFrontMatter(text, 'posts/a.md');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FrontMatterError);
    const fme = err as FrontMatterError;
    expect(fme.file).toBe('posts/a.md');
    expect(fme.line).toBeGreaterThanOrEqual(3);
    expect(fme.message).toMatch(/^posts\/a\.md: line \d+: invalid front matter: /);
  });

  it('rejects a block that is not a mapping and duplicate keys', () => {
    expect(() => parseFrontMatter('---\n- a\n- b\n---\n', 'x.md')).toThrow(/line 2: invalid front matter: expected a mapping/);
    expect(() => parseFrontMatter('---\na: 1\na: 2\n---\n', 'x.md')).toThrow(FrontMatterError);
  });

  it('blankRange keeps offsets and newlines', () => {
    const text = '---\na: 1\n---\nBody';
    const out = blankRange(text, parseFrontMatter(text)!.range);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('   \n    \n   \nBody');
  });
});

describe('findImageLinks', () => {
  it('finds inline, angle-bracket, titled, reference and <img> images with their spans', () => {
    const text = [
      'Intro ![Market](photos/market.jpg) and ![x](<my photo.png> "Title")',
      '[![badge](badge.png)](https://example.org)',
      '![Parade][p1] and ![P2][] and ![shortcut]',
      '<img alt="x" src="img/tag.jpg" width=3> <IMG SRC=unquoted.gif>',
      '',
      '[p1]: parade.jpg "Parade"',
      '[P2]: <second one.jpg>',
      '[shortcut]: short.webp',
    ].join('\n');
    const all = findImageLinks(text);
    // the plain link round the badge and the three definitions are links (`kind: 'link'`: a picture when the path says so)
    expect(all.filter((l) => l.kind === 'link').map((l) => l.target)).toEqual(['https://example.org', 'parade.jpg', 'second one.jpg', 'short.webp']);
    const links = all.filter((l) => l.kind === 'picture');
    expect(links.map((l) => l.target)).toEqual([
      'photos/market.jpg',
      'my photo.png',
      'badge.png',
      'parade.jpg',
      'second one.jpg',
      'short.webp',
      'img/tag.jpg',
      'unquoted.gif',
    ]);
    expect(text.slice(links[0].start, links[0].end)).toBe('![Market](photos/market.jpg)');
    expect(text.slice(links[3].start, links[3].end)).toBe('![Parade][p1]');
    expect(text.slice(links[6].start, links[6].end)).toBe('<img alt="x" src="img/tag.jpg" width=3>');
    // where each target is written: what a clean copy renames
    expect(links.map((l) => text.slice(l.targetStart!, l.targetEnd!))).toEqual(links.map((l) => l.target));
  });

  it('ignores images in code, comments and escaped images; a plain link is a link', () => {
    const text = [
      '```md',
      '![in fence](fenced.jpg)',
      '```',
      'Use `![code](inline.jpg)` syntax. \\![escaped](esc.jpg)',
      '<!-- ![commented](commented.jpg) -->',
      '[a link](doc.jpg) and ~~~ not a fence',
      '![real](real.jpg)',
    ].join('\n');
    expect(findImageLinks(text).map((l) => [l.target, l.kind])).toEqual([
      ['doc.jpg', 'link'],
      ['real.jpg', 'picture'],
    ]);
  });

  it('handles nested brackets in alt text and parentheses in targets', () => {
    expect(findImageLinks('![a [b] c](dir/photo(1).jpg)').map((l) => l.target)).toEqual(['dir/photo(1).jpg']);
    // CommonMark: a space ends an unbracketed destination, so this is not an image.
    expect(findImageLinks('![a](dir/photo (1).jpg)')).toEqual([]);
  });
});

describe('targets', () => {
  it('treats URLs with a scheme and protocol-relative URLs as remote', () => {
    for (const t of ['https://x.org/a.jpg', 'http://x/a.png', 'data:image/png;base64,AAA', '//cdn.x/a.jpg', 'mailto:a@b']) {
      expect(isRemoteTarget(t)).toBe(true);
    }
    for (const t of ['a.jpg', './a.jpg', '../img/a.jpg', 'C:/photos/a.jpg', '/abs/a.jpg']) expect(isRemoteTarget(t)).toBe(false);
  });

  it('drops fragments and queries and decodes percent escapes', () => {
    expect(targetToPath('my%20photo.jpg?v=2#top')).toBe('my photo.jpg');
    expect(targetToPath('100%.jpg')).toBe('100%.jpg');
    expect(targetToPath('a\\_b.jpg')).toBe('a_b.jpg');
  });
});

describe('groupPosts', () => {
  it('bundles a Markdown draft with the images it links, resolved relative to the draft', () => {
    const t = tree({
      'posts/market.md': '# Market\n\n![stall](img/stall.jpg)\n<img src="../shared/logo.png">\n![remote](https://x.org/a.jpg)\n![again](./img/stall.jpg)\n',
      'posts/img/stall.jpg': 'JPG',
      'shared/logo.png': 'PNG',
    });
    const posts = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(posts.map((p) => p.path)).toEqual(['posts/market.md']);
    const post = posts[0];
    expect(post.kind).toBe('draft');
    expect(post.attachments).toEqual([
      { path: 'posts/img/stall.jpg', line: 3, column: 1, start: 10, end: 33, targets: [[19, 32], [105, 120]] },
      { path: 'shared/logo.png', line: 4, column: 1, start: 34, end: 64, targets: [[44, 62]] },
    ]);
    expect(post.remote).toEqual(['https://x.org/a.jpg']);
    expect(post.missing).toEqual([]);
    expect(postFiles(post)).toEqual(['posts/market.md', 'posts/img/stall.jpg', 'shared/logo.png']);
  });

  it('reads context, account and images from front matter', () => {
    const text = '---\ncontext: personal\naccount: "@officer_dana"\nimages:\n  - cover.jpg\n---\nOff duty today ![x](cover.jpg) ![y](other.png)\n';
    const t = tree({ 'd/post.md': text, 'd/cover.jpg': 'J', 'd/other.png': 'P' });
    const [post] = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(post.context).toBe('personal');
    expect(post.account).toBe('@officer_dana');
    expect(post.frontMatterRange).toEqual([0, text.indexOf('Off duty')]);
    expect(post.attachments.map((a) => [a.path, a.line])).toEqual([
      ['d/cover.jpg', 5],
      ['d/other.png', 7],
    ]);
    expect(text.slice(post.attachments[0].start, post.attachments[0].end)).toBe('cover.jpg');
    expect(post.error).toBeUndefined();
  });

  it('reports linked images that do not exist and links to files that are not images', () => {
    const t = tree({ 'a.md': 'Hi\n![gone](gone.jpg)\n![doc](chart.svg)\n', 'chart.svg': '<svg/>' });
    const [post] = groupPosts(t.paths.filter((p) => p.endsWith('.md')), t.read, { exists: t.exists });
    expect(post.missing).toEqual(['gone.jpg']);
    expect(post.missingLinks).toEqual([{ path: 'gone.jpg', line: 2, column: 1, start: 3, end: 20, targets: [[11, 19]] }]);
    expect(post.unsupported.map((u) => u.path)).toEqual(['chart.svg']);
    expect(post.attachments).toEqual([]);
  });

  // Fixes 29, defect 2: `/images/card.jpg` in a Hugo or Jekyll post was read from the file system's root (not found,
  // exit 2). A root path resolves under the draft's site: the nearest folder above it holding a site config.
  it('reads a root path under the site above the draft: Hugo static/ and assets/, public/, then the root (Jekyll)', () => {
    const text = '---\nimage: /images/card.jpg\n---\nToy drive! [full](/images/big.jpg) ![](/img/a.png) ![](/logo.png)\n';
    const t = tree({
      'site/hugo.toml': 'baseURL = "/"',
      'site/content/posts/toy.md': text,
      'site/static/images/card.jpg': 'J',
      'site/assets/images/big.jpg': 'J',
      'site/public/img/a.png': 'P',
      'site/logo.png': 'P',
    });
    const [post] = groupPosts(['site/content/posts/toy.md'], t.read, { exists: t.exists });
    expect(post.attachments.map((a) => a.path)).toEqual(['site/static/images/card.jpg', 'site/assets/images/big.jpg', 'site/public/img/a.png', 'site/logo.png']);
    expect(post.missingLinks).toEqual([]);
    expect(post.siteRoot).toBe('site');
    // Jekyll: _config.yml, the picture in the site's root folders; a missing one says where it was looked for
    const j = tree({ 'blog/_config.yml': 'title: x', 'blog/_posts/2026-01-01-a.md': '![](/assets/a.jpg) ![](/assets/gone.jpg)', 'blog/assets/a.jpg': 'J' });
    const [jp] = groupPosts(['blog/_posts/2026-01-01-a.md'], j.read, { exists: j.exists });
    expect(jp.attachments.map((a) => a.path)).toEqual(['blog/assets/a.jpg']);
    expect(jp.missingLinks.map((m) => [m.path, m.notFound])).toEqual([['/assets/gone.jpg', 'a site path: looked in static/, assets/, public/ and the root of the site at blog']]);
  });

  it("reads a root path from a Hugo theme's static/ or assets/ after the site's own, never from Jekyll's _site/", () => {
    const dir = tempDir('theme');
    const put = (path: string, text = 'J') => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    put('site/hugo.toml', 'baseURL = "/"\ntheme = "ananke"\n');
    put('site/content/posts/k9.md', '![k9](/images/k9.jpg) ![logo](/images/logo.png) ![css](/img/hero.jpg) ![both](/images/both.jpg)\n');
    put('site/themes/ananke/static/images/k9.jpg');
    put('site/themes/ananke/assets/img/hero.jpg');
    put('site/themes/other/static/images/logo.png', 'P');
    put('site/themes/ananke/static/images/both.jpg');
    put('site/static/images/both.jpg');
    const [post] = groupPosts(['site/content/posts/k9.md'], () => readFileSync(join(dir, 'site/content/posts/k9.md'), 'utf8'), { cwd: dir });
    expect(post!.attachments.map((a) => a.path)).toEqual([
      'site/themes/ananke/static/images/k9.jpg',
      'site/themes/other/static/images/logo.png',
      'site/themes/ananke/assets/img/hero.jpg',
      'site/static/images/both.jpg',
    ]);
    expect(post!.missingLinks).toEqual([]);
    // Jekyll: the built _site/ is never where a draft's picture is read from
    put('blog/_config.yml', 'title: x\n');
    put('blog/_posts/a.md', '![card](/assets/card.jpg)\n');
    put('blog/_site/assets/card.jpg');
    const [jekyll] = groupPosts(['blog/_posts/a.md'], () => readFileSync(join(dir, 'blog/_posts/a.md'), 'utf8'), { cwd: dir });
    expect(jekyll!.attachments).toEqual([]);
    expect(jekyll!.missingLinks.map((m) => m.notFound)).toEqual(['a site path: looked in static/, assets/, public/ and the root of the site at blog']);
  });

  it('takes the site from --site-root, and with no site reads a root path from the file system root', () => {
    const t = tree({ 'www/static/images/card.jpg': 'J', 'posts/a.md': '![](/images/card.jpg)' });
    expect(groupPosts(['posts/a.md'], t.read, { exists: t.exists, siteRoot: 'www' })[0].attachments.map((a) => a.path)).toEqual(['www/static/images/card.jpg']);
    const [none] = groupPosts(['posts/a.md'], t.read, { exists: t.exists });
    expect(none.attachments).toEqual([]);
    expect(none.missingLinks[0].path).toBe('/images/card.jpg');
    expect(none.missingLinks[0].notFound).toMatch(/no site config .* above the draft, so it was read from the file system's root; name the site's folder with --site-root/);
    // a config in a higher folder: the nearest one wins
    const u = tree({ 'config.toml': '', 'docs/hugo.yaml': '', 'docs/content/a.md': '![](/x.jpg)', 'docs/static/x.jpg': 'J', 'static/x.jpg': 'J' });
    expect(groupPosts(['docs/content/a.md'], u.read, { exists: u.exists })[0].attachments.map((a) => a.path)).toEqual(['docs/static/x.jpg']);
  });

  // Fixes 29, defect 5: `<video src>` and `<audio>` were neither pictures nor listed: a clip beside its poster went
  // unnoted. Every clip the draft names is listed (local or remote), never an attachment, a missing picture or an
  // unsupported one.
  it('lists the video and audio clips a draft names, apart from its pictures', () => {
    const text = [
      '---',
      'video: clips/raid.mov',
      '---',
      '<video src="clips/raid.mp4" poster="poster.jpg" controls><source src="clips/raid.webm" type="video/webm"></video>',
      '<audio src="https://cdn.example.org/interview"></audio>',
      '![](clips/gone.mp4) [the full clip](clips/raid.mp4) <video poster="poster.jpg"></video>',
    ].join('\n');
    const t = tree({ 'p/post.md': text, 'p/poster.jpg': 'J', 'p/clips/raid.mp4': 'V' });
    const [post] = groupPosts(['p/post.md'], t.read, { exists: t.exists });
    expect(post.attachments.map((a) => a.path)).toEqual(['p/poster.jpg']);
    expect(post.clips).toEqual(['clips/raid.mov', 'clips/raid.mp4', 'clips/raid.webm', 'https://cdn.example.org/interview', 'clips/gone.mp4']);
    expect(post.missingLinks).toEqual([]);
    expect(post.unsupported).toEqual([]);
    expect(post.remote).toBeUndefined();
  });

  // User test 29, U29-5: a TOML front matter's `image = "..."` attached nothing, a `{{< figure src=... >}}` shortcode
  // nothing, and `![card]({{ site.baseurl }}/assets/card.jpg)` said nothing.
  it('reads TOML front matter and figure shortcodes, and lists pictures behind template expressions as not screened', () => {
    const text = [
      '+++',
      'title = "K9 unit"',
      'context = "official"',
      'image = "/images/k9.jpg"',
      'images = ["/images/a.jpg", \'/images/b.jpg\']',
      '[cover]',
      'image = "/images/cover.jpg"',
      '+++',
      'Meet our new K9. {{< figure src="/images/award.jpg" caption="Award night" >}}',
      '![card]({{ site.baseurl }}/assets/img/card.jpg) [pdf]({{ site.baseurl }}/files/report.pdf)',
      '{% include image.html file="jekyll.jpg" alt="x" %}',
    ].join('\n');
    const t = tree({
      'site/hugo.toml': '',
      'site/content/k9.md': text,
      ...Object.fromEntries(['k9', 'a', 'b', 'cover', 'award'].map((n) => [`site/static/images/${n}.jpg`, 'J'])),
    });
    const [post] = groupPosts(['site/content/k9.md'], t.read, { exists: t.exists });
    expect(post.context).toBe('official');
    expect(post.frontMatterRange).toEqual([0, text.indexOf('Meet')]);
    expect(post.attachments.map((a) => [a.path, text.slice(...a.targets![0]!)])).toEqual([
      ['site/static/images/a.jpg', '/images/a.jpg'],
      ['site/static/images/b.jpg', '/images/b.jpg'],
      ['site/static/images/k9.jpg', '/images/k9.jpg'],
      ['site/static/images/cover.jpg', '/images/cover.jpg'],
      ['site/static/images/award.jpg', '/images/award.jpg'],
    ]);
    expect(post.templated).toEqual(['{{ site.baseurl }}/assets/img/card.jpg', '{% include %}jekyll.jpg']);
    expect(post.missingLinks).toEqual([]);
  });

  it('keeps a malformed front matter as the post error and still finds body links', () => {
    const t = tree({ 'a.md': '---\nimages: [a.jpg\n---\n![x](b.jpg)\n', 'b.jpg': 'J' });
    const [post] = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(post.error).toMatch(/^line \d+: invalid front matter: /);
    expect(post.attachments.map((a) => a.path)).toEqual(['b.jpg']);
    expect(post.frontMatterRange).toEqual([0, 23]);
  });

  it("front matter account: an official account makes the post official, another handle personal (U29-22)", () => {
    const official = ['@CedarRidgePD', 'CRPD_News'];
    const post = (fm: string, officialAccounts: readonly string[] = official) => {
      const t = tree({ 'a.md': `---\n${fm}\n---\nCall Officer Torres at 203-555-0190` });
      return groupPosts(t.paths, t.read, { exists: t.exists, officialAccounts })[0]!;
    };
    for (const value of ['"@CedarRidgePD"', '"@cedarridgepd"', 'CedarRidgePD', '"@CRPD_News"', '"https://x.com/CedarRidgePD/"']) {
      expect([value, post(`account: ${value}`).context, post(`account: ${value}`).accountNote]).toEqual([value, 'official', undefined]);
    }
    expect(post('account: "@officer_dana"').context).toBe('personal');
    // context: wins, and the note says the two disagree
    const both = post('context: personal\naccount: "@CedarRidgePD"');
    expect(both.context).toBe('personal');
    expect(both.accountNote).toBe('front matter context: personal wins over account "@CedarRidgePD" (one of the official accounts)');
    expect(post('context: official\naccount: "@CedarRidgePD"').accountNote).toBeUndefined();
    // not a handle: the run's account, and a one-line note
    const odd = post('account: "the department page"');
    expect(odd.context).toBeUndefined();
    expect(odd.accountNote).toMatch(/^front matter account "the department page" is not a handle: screened for the run's account/);
    // no official accounts to compare with: the run's account, and a note
    const none = post('account: "@CedarRidgePD"', []);
    expect(none.context).toBeUndefined();
    expect(none.accountNote).toMatch(/the profile lists no official_accounts/);
  });

  it('reports a bad context, account or images list clearly', () => {
    const t = tree({ 'a.md': '---\ncontext: work\naccount: 12\nimages: {a: 1}\n---\nHi' });
    const [post] = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(post.error).toContain('line 2: front matter context must be one of personal, official, got "work"');
    expect(post.error).toContain('line 3: front matter account must be a handle');
    expect(post.error).toContain('line 4: front matter images must be a list of paths');
    expect(post.context).toBeUndefined();
  });

  it('bundles a folder holding exactly one draft with its images', () => {
    const t = tree({
      'posts/2024-05-01/draft.txt': 'Great turnout at the parade!',
      'posts/2024-05-01/a.jpg': 'J',
      'posts/2024-05-01/b.png': 'P',
      'posts/2024-05-02/one.md': 'One ![x](x.jpg)',
      'posts/2024-05-02/two.md': 'Two',
      'posts/2024-05-02/x.jpg': 'J',
      'posts/2024-05-02/loose.jpg': 'J',
      'posts/lone.jpg': 'J',
    });
    const posts = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(posts.map((p) => [p.path, p.kind])).toEqual([
      ['posts/2024-05-01/draft.txt', 'draft'],
      ['posts/2024-05-02/loose.jpg', 'image'],
      ['posts/2024-05-02/one.md', 'draft'],
      ['posts/2024-05-02/two.md', 'draft'],
      ['posts/lone.jpg', 'image'],
    ]);
    const bundle = byPath(posts, 'posts/2024-05-01/draft.txt');
    expect(bundle.folder).toBe('posts/2024-05-01');
    expect(bundle.attachments).toEqual([{ path: 'posts/2024-05-01/a.jpg' }, { path: 'posts/2024-05-01/b.png' }]);
    expect(byPath(posts, 'posts/2024-05-02/one.md').attachments.map((a) => a.path)).toEqual(['posts/2024-05-02/x.jpg']);
    expect(byPath(posts, 'posts/lone.jpg').attachments).toEqual([]);
    expect(postFiles(byPath(posts, 'posts/lone.jpg'))).toEqual(['posts/lone.jpg']);
  });

  it('lets an explicit link win over folder bundling and lets two drafts share an image', () => {
    const t = tree({
      'a/post.md': 'A',
      'a/photo.jpg': 'J',
      'b/one.md': '![p](../a/photo.jpg)',
      'b/two.md': '![p](../a/photo.jpg)',
    });
    const posts = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(byPath(posts, 'a/post.md').attachments).toEqual([]);
    expect(byPath(posts, 'b/one.md').attachments.map((a) => a.path)).toEqual(['a/photo.jpg']);
    expect(byPath(posts, 'b/two.md').attachments.map((a) => a.path)).toEqual(['a/photo.jpg']);
    expect(posts.some((p) => p.kind === 'image')).toBe(false);
  });

  it('does not read front matter or links in .txt drafts, and tolerates unreadable drafts', () => {
    const t = tree({ 'a.txt': '---\ncontext: personal\n---\n![x](x.jpg)', 'x.jpg': 'J' });
    const [txt] = groupPosts(t.paths, t.read, { exists: t.exists });
    expect(txt.context).toBeUndefined();
    expect(txt.frontMatterRange).toBeUndefined();
    // Only as a folder bundle: the .txt "link" is text.
    expect(txt.attachments).toEqual([{ path: 'x.jpg' }]);
    const [gone] = groupPosts(['sub/gone.md'], () => undefined, { exists: () => false });
    expect(gone.attachments).toEqual([]);
    expect(gone.error).toBeUndefined();
  });

  it('uses the file list spelling of an attachment and checks the real file system by default', () => {
    const dir = tempDir('posts');
    try {
      mkdirSync(join(dir, 'img'));
      writeFileSync(join(dir, 'post.md'), '![a](img/a.jpg) ![b](img/missing.jpg) ![c](img)');
      writeFileSync(join(dir, 'img', 'a.jpg'), 'J');
      const draft = join(dir, 'post.md');
      const spelled = `${dir}/./img/a.jpg`;
      const [post] = groupPosts([draft, spelled], () => '![a](img/a.jpg) ![b](img/missing.jpg) ![c](img)');
      expect(post.attachments.map((a) => a.path)).toEqual([spelled]);
      expect(post.missing).toEqual([join(dir, 'img', 'missing.jpg'), join(dir, 'img')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('anchors image findings on the linking line', () => {
    const t = tree({ 'p/post.md': 'Text\n\n![x](x.jpg)', 'p/x.jpg': 'J', 'p/y.jpg': 'J' });
    const posts = groupPosts(t.paths, t.read, { exists: t.exists });
    const anchorOf = anchorResolver(posts);
    expect(anchorOf({ file: 'p/post.md', attachment: 'p/x.jpg' })).toEqual({ file: 'p/post.md', line: 3, column: 1, start: 6, end: 17 });
    expect(anchorOf({ file: 'p/post.md', attachment: 'p/y.jpg' })).toBeUndefined();
    expect(anchorOf({ file: 'p/post.md' })).toBeUndefined();
  });
});

