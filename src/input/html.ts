// HTML pages → article fields: main text by @mozilla/readability over linkedom, metadata from the page's head.
// Pure (string in, fields out). Paragraphs are kept as blank-line-separated blocks so sentences stay apart.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  text: string;
  title?: string;
  publishedAt?: string;
  language?: string;
  url?: string;
  source?: string;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
// Page chrome that is never the article. Removed before Readability reads the page too: on a short page it keeps
// the whole body, menus included. A <header> inside an <article> is the article's own (headline, byline) and stays.
const CHROME =
  'nav, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const head = pageMeta(document);
  // Readability rewrites the document it reads, so it gets its own copy.
  const page = parseHTML(html).document;
  removeChrome(page);
  const parsed = new Readability(page).parse();
  let text = '';
  if (parsed?.content) {
    // linkedom builds no <body> for a bare fragment: the content gets a whole document around it.
    text = blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  }
  if (text === '') {
    removeChrome(document);
    text = blockText(document.body);
  }
  const out: HtmlArticle = { text };
  const source = head.source ?? clean(parsed?.siteName);
  const title = withoutSite(head.title ?? clean(parsed?.title) ?? clean(document.title), source);
  if (title) out.title = title;
  const publishedAt = head.publishedAt ?? isoDay(parsed?.publishedTime);
  if (publishedAt) out.publishedAt = publishedAt;
  const language = primaryLanguage(head.language ?? parsed?.lang);
  if (language) out.language = language;
  if (head.url) out.url = head.url;
  if (source) out.source = source;
  return out;
}

function removeChrome(document: Document): void {
  const chrome = Array.from(document.querySelectorAll(CHROME));
  const headers = Array.from(document.querySelectorAll('header')).filter((h) => h.closest('article') === null);
  for (const el of [...chrome, ...headers]) el.remove();
}

/**
 * Text of a subtree with one blank line between blocks and whitespace collapsed inside each block. A block made of
 * nothing but two or more links (a share bar, a tag list, a menu Readability kept) is page chrome and is dropped.
 */
export function blockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  let linkText = '';
  let links = 0;
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    const onlyLinks = links >= 2 && linkText.replace(/\s+/g, '') === current.replace(/\s+/g, '');
    if (t !== '' && !onlyLinks) blocks.push(t);
    current = '';
    linkText = '';
    links = 0;
  };
  const visit = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      if (inLink) linkText += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (NEVER_TEXT.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'A') links += 1;
    for (const child of Array.from(node.childNodes)) visit(child, inLink || tag === 'A');
    if (block) flush();
  };
  visit(root, false);
  flush();
  return blocks.join('\n\n');
}

interface HeadMeta {
  title: string | undefined;
  publishedAt: string | undefined;
  language: string | undefined;
  url: string | undefined;
  source: string | undefined;
}

function pageMeta(document: Document): HeadMeta {
  const meta = (...names: string[]): string | undefined => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = clean(el?.getAttribute('content'));
      if (v) return v;
    }
    return undefined;
  };
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const published = [meta('article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued'), time];
  return {
    title: meta('og:title'),
    publishedAt: published.map(isoDay).find((d) => d !== undefined),
    language: clean(document.documentElement.getAttribute('lang')),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url'),
    source: meta('og:site_name'),
  };
}

/** "2023-06-21T10:00:00Z", "2023-06-21 10:00" → "2023-06-21"; anything else is not a usable date. */
function isoDay(v: string | null | undefined): string | undefined {
  const m = v ? /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(v) : null;
  return m?.[1];
}

/** "Round 20 | Site" → "Round 20" when the page names its site "Site": the site is the source, not the title. */
function withoutSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const m = /^(.+)\s+[|\-–—:·]\s+(.+)$/.exec(title);
  return m?.[1] && m[2]?.toLowerCase() === site.toLowerCase() ? m[1] : title;
}

function primaryLanguage(v: string | null | undefined): string | undefined {
  const m = v ? /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(v) : null;
  return m?.[1]?.toLowerCase();
}

function clean(v: string | null | undefined): string | undefined {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
