// Input reading: folder expansion and order, each file kind's items and rejections, HTML main-text extraction.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors.js';
import { listInputFiles, MAX_ARTICLE_BYTES, readInputs, type InputItem, type InputMeta } from '../src/input.js';
import { decodeHtml, decodeUtf8 } from '../src/input/decode.js';
import { parseHTML } from 'linkedom';
import { blockText, extractHtml } from '../src/input/html.js';

let dir: string;
const at = (...p: string[]): string => path.join(dir, ...p);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dg-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function read(name: string, content: string | Buffer, meta: InputMeta = {}): Promise<InputItem[]> {
  const file = at(name);
  writeFileSync(file, content);
  const items: InputItem[] = [];
  for await (const item of readInputs(await listInputFiles([file]), meta)) items.push(item);
  return items;
}

/** Items reduced to what the tests compare: line and either the input's text or the rejection reason. */
const brief = (items: InputItem[]): [number, string][] =>
  items.map((i) => [i.line, i.kind === 'article' ? `text=${String(i.input.text)}` : `rejected: ${i.reason}`]);

describe('listInputFiles', () => {
  it('expands folders recursively in code-unit order, skips hidden entries, keeps given files as they are', async () => {
    const root = at('tree');
    for (const d of ['b', 'a/z', '.git']) mkdirSync(path.join(root, d), { recursive: true });
    for (const f of [
      'b/1.json',
      'a/z/2.txt',
      'a/Y.html',
      'a/10.jsonl',
      'a/9.jsonl',
      '.git/x.json',
      'a/.DS_Store',
      'c.bin',
    ]) {
      writeFileSync(path.join(root, f), 'x');
    }
    const files = await listInputFiles([root, path.join(root, 'b', '1.json')]);
    expect(files.map((f) => path.relative(root, f.path))).toEqual([
      'a/10.jsonl',
      'a/9.jsonl',
      'a/Y.html',
      'a/z/2.txt',
      'b/1.json',
      'c.bin',
      'b/1.json',
    ]);
    expect(files.every((f) => f.size === 1)).toBe(true);
  });

  it('fails as a usage error (CONFIG) naming every path that does not exist', async () => {
    const err = await listInputFiles([at('nope-1'), dir, at('nope-2')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'CONFIG' });
    expect((err as Error).message).toContain('nope-1');
    expect((err as Error).message).toContain('nope-2');
  });
});

describe('readInputs', () => {
  it.each<[string, string, string | Buffer, InputMeta, [number, string][]]>([
    ['a .json object', 'one.json', '{"publishedAt":"2023-06-21","text":"A"}', {}, [[1, 'text=A']]],
    ['a .json with a BOM', 'bom.json', '\ufeff{"publishedAt":"2023-06-21","text":"B"}', {}, [[1, 'text=B']]],
    ['malformed .json', 'bad.json', '{"text": "A",', {}, [[1, 'rejected: invalid JSON: ']]],
    ['a .json array', 'arr.json', '[{"text":"A"}]', {}, [[1, 'rejected: expected one article object, got an array']]],
    ['a .json string', 'str.json', '"hello"', {}, [[1, 'rejected: expected one article object, got a string']]],
    [
      '.jsonl: blank lines skipped, lines counted, CRLF accepted',
      'lines.jsonl',
      '{"text":"A","publishedAt":"2023-06-21"}\r\n\r\n{"text":\n  \n{"text":"C","publishedAt":"2023-06-21"}',
      {},
      [
        [1, 'text=A'],
        [3, 'rejected: invalid JSON: '],
        [5, 'text=C'],
      ],
    ],
    ['.txt with --published-at', 'a.txt', 'Plain text.', { publishedAt: '2023-06-21' }, [[1, 'text=Plain text.']]],
    [
      '.txt without --published-at',
      'b.txt',
      'Plain text.',
      {},
      [[1, 'rejected: missing "publishedAt": give --published-at for .txt files']],
    ],
    [
      'a NUL byte in a .txt',
      'nul.txt',
      Buffer.from('ab\u0000cd'),
      { publishedAt: '2023-06-21' },
      [[1, 'rejected: binary content (NUL bytes), not text']],
    ],
    [
      'invalid UTF-8 in a .txt',
      'latin1.txt',
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      { publishedAt: '2023-06-21' },
      [[1, 'rejected: not UTF-8 text']],
    ],
    [
      'an unknown extension',
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      {},
      [[1, 'rejected: unsupported file type ".png" (expected .json, .jsonl, .txt, .html, .htm)']],
    ],
    [
      'no extension',
      'README',
      'text',
      {},
      [[1, 'rejected: unsupported file type "README" (expected .json, .jsonl, .txt, .html, .htm)']],
    ],
    [
      'a page without text',
      'empty.html',
      '<html><body><nav>Menu</nav></body></html>',
      {},
      [[1, 'rejected: no main text found in the page']],
    ],
  ])('%s', async (_name, file, content, meta, expected) => {
    const got = brief(await read(file, content, meta));
    expect(got.map(([l]) => l)).toEqual(expected.map(([l]) => l));
    got.forEach(([, text], i) => {
      expect(text.startsWith(expected[i]?.[1] ?? '<missing>')).toBe(true);
    });
  });

  it('rejects a single-article file too large to be one, without reading it', async () => {
    const [item] = await read('huge.json', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x20));
    expect(item).toMatchObject({
      kind: 'rejected',
      line: 1,
      reason: expect.stringMatching(/^too large for one article/) as unknown,
    });
  });

  it('applies the metadata flags to a .txt file', async () => {
    const meta = { publishedAt: '2023-06-21', url: 'https://x.example/a', title: 'T', source: 'S', language: 'ar' };
    const [item] = await read('meta.txt', 'نص', meta);
    expect(item).toMatchObject({ kind: 'article', input: { text: 'نص', ...meta } });
  });

  it('never reads a .jsonl whole: items come out while the file is still being read', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ publishedAt: '2023-06-21', text: `article ${i}` }),
    );
    const file = at('big.jsonl');
    writeFileSync(file, lines.join('\n'));
    const gen = readInputs(await listInputFiles([file]));
    const first = await gen.next();
    expect(first.value).toMatchObject({ kind: 'article', line: 1, input: { text: 'article 0' } });
    let n = 1;
    for await (const item of gen) n += item.kind === 'article' ? 1 : 0;
    expect(n).toBe(3000);
  });
});

describe('extractHtml', () => {
  const para = (s: string): string =>
    `<p>${s} ${'The delegations met behind closed doors in the Kazakh capital. '.repeat(3)}</p>`;
  const page = `<!doctype html><html lang="ar-SY"><head><title>Round 20 | Site</title>
    <link rel="canonical" href="https://site.example/r20"><meta property="og:site_name" content="Site">
    </head><body><nav><a href="/">Home</a> <a href="/news">News</a> Subscribe now</nav>
    <header>Breaking banner</header><article><h1>Round 20</h1>${para('First paragraph.')}${para('Second &amp; last.')}
    <time datetime="2023-06-21T12:00:00+03:00">21 June</time></article>
    <footer>Copyright Site. All rights reserved.</footer><script>var tracking = 1;</script></body></html>`;

  it('keeps the main text as paragraphs and drops navigation, header, footer and scripts', () => {
    const { text } = extractHtml(page);
    const blocks = text.split('\n\n');
    expect(blocks.some((b) => b.startsWith('First paragraph.'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('Second & last.'))).toBe(true);
    for (const chrome of ['Subscribe', 'Breaking banner', 'Copyright', 'tracking']) expect(text).not.toContain(chrome);
  });

  it('reads title, date, language, canonical URL and site name from the page', () => {
    const meta: Partial<ReturnType<typeof extractHtml>> = extractHtml(page);
    delete meta.text;
    expect(meta).toEqual({
      title: 'Round 20',
      publishedAt: '2023-06-21',
      language: 'ar',
      url: 'https://site.example/r20',
      source: 'Site',
    });
  });

  it.each([
    [
      'meta article:published_time',
      '<meta property="article:published_time" content="2022-11-23T08:00:00Z">',
      '2022-11-23',
    ],
    ['meta itemprop datePublished', '<meta itemprop="datePublished" content="2021-07-08">', '2021-07-08'],
    ['a <time datetime>', '<time datetime="2020-12-11 10:00">', '2020-12-11'],
    ['no date at all', '', undefined],
  ])('publishedAt from %s', (_name, markup, expected) => {
    const html = `<html><head><title>T</title>${markup.startsWith('<meta') ? markup : ''}</head><body>${markup.startsWith('<time') ? `${markup}x</time>` : ''}<p>Short text.</p></body></html>`;
    expect(extractHtml(html).publishedAt).toBe(expected);
  });

  it.each([
    ['a share bar of links', '<div><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>', false],
    ['a single linked sentence', '<p><a href="/x">Russia, Turkey and Iran met in Astana.</a></p>', true],
    [
      'a sentence with links in it',
      '<p>Talks with <a href="/r">Russia</a> and <a href="/t">Turkey</a> went on.</p>',
      true,
    ],
  ])('keeps or drops %s', (_name, markup, kept) => {
    const { document } = parseHTML(`<!doctype html><html><body>${markup}<p>Body text.</p></body></html>`);
    const text = blockText(document.body);
    expect(text.split('\n\n').length).toBe(kept ? 2 : 1);
  });

  it('reads a short Arabic news page: headline and paragraphs, no menu, share bar, related links or footer', () => {
    const p = (s: string): string => `<p>${s}</p>`;
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان الخبر - موقع تجريبي</title>
      <meta property="og:site_name" content="موقع تجريبي"></head><body>
      <header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>
      <div class="share"><a href="/fb">فيسبوك</a><a href="/tw">تويتر</a></div>
      <main><article><header><h1>عنوان الخبر</h1></header>
      ${p('قال وزير الخارجية الكازاخي إن بلاده لن تستضيف جولات جديدة من المحادثات بشأن سوريا بعد هذه الجولة.')}
      ${p('وأضاف في تصريح للصحفيين أن الدول الضامنة ستختار مكان الاجتماع المقبل وموعده في وقت لاحق من العام.')}
      </article><aside><h3>اقرأ أيضًا</h3><ul><li><a href="/1">خبر آخر</a></li><li><a href="/2">خبر ثالث</a></li></ul></aside></main>
      <footer>جميع الحقوق محفوظة</footer></body></html>`;
    const page = extractHtml(html);
    expect(page.text.split('\n\n')).toEqual([
      'عنوان الخبر',
      'قال وزير الخارجية الكازاخي إن بلاده لن تستضيف جولات جديدة من المحادثات بشأن سوريا بعد هذه الجولة.',
      'وأضاف في تصريح للصحفيين أن الدول الضامنة ستختار مكان الاجتماع المقبل وموعده في وقت لاحق من العام.',
    ]);
    expect(page).toMatchObject({ title: 'عنوان الخبر', language: 'ar', source: 'موقع تجريبي' });
  });

  it('falls back to the body without page chrome when Readability finds no article', () => {
    const html = '<html><body><nav>Menu</nav><p>Only one short line.</p><footer>Footer</footer></body></html>';
    expect(extractHtml(html).text).toBe('Only one short line.');
  });
});

describe('decoding', () => {
  it('drops a BOM and keeps Arabic text intact', () => {
    expect(decodeUtf8(Buffer.from('\ufeffأستانة', 'utf8'))).toBe('أستانة');
  });

  // "أستانة" in windows-1256, the legacy Arabic code page some news sites still serve.
  const cp1256 = Buffer.from([0xc3, 0xd3, 0xca, 0xc7, 0xe4, 0xc9]);
  const page = (meta: string, body: Buffer): Buffer =>
    Buffer.concat([Buffer.from(`<html><head>${meta}</head><body><p>`), body, Buffer.from('</p></body></html>')]);

  it.each<[string, Buffer, string | RegExp]>([
    ['UTF-8 without a declaration', page('', Buffer.from('أستانة')), /<p>أستانة<\/p>/],
    ['a declared windows-1256 page', page('<meta charset="windows-1256">', cp1256), /<p>أستانة<\/p>/],
    [
      'an http-equiv declaration',
      page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', cp1256),
      /<p>أستانة<\/p>/,
    ],
    ['windows-1256 bytes without a declaration', page('', cp1256), 'not UTF-8 text'],
    [
      'an unknown charset',
      page('<meta charset="klingon-8">', cp1256),
      'unknown charset "klingon-8" declared by the page',
    ],
    [
      'NUL bytes under any charset',
      page('<meta charset="windows-1256">', Buffer.from([0x41, 0, 0x42])),
      'binary content (NUL bytes), not text',
    ],
  ])('decodeHtml: %s', (_name, bytes, expected) => {
    if (typeof expected === 'string') expect(() => decodeHtml(bytes)).toThrow(expected);
    else expect(decodeHtml(bytes)).toMatch(expected);
  });
});
