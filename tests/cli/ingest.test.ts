// `diplograph ingest` through the real built binary: mixed good and bad inputs, duplicates, re-runs, .txt and .html.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBinary, runCli } from './binary.js';

const article = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  url: `https://news.example/astana/${n}`,
  title: `Astana talks, report ${n}`,
  source: 'Example News',
  publishedAt: '2023-06-21',
  language: 'en',
  text: `The twentieth round of the Astana talks on Syria ended in Astana on Wednesday (report ${n}). Russia, Turkey and Iran attended as guarantors.`,
  ...extra,
});
const line = (o: unknown): string => JSON.stringify(o);

let work: string;
let mixed: string;
let clean: string;
const data = (name: string): string => path.join(work, 'data', name);
const exportJsonl = async (dir: string): Promise<string> => {
  const r = await runCli(['export', '--format', 'jsonl', '--data', dir]);
  expect(r.code).toBe(0);
  return r.stdout;
};

beforeAll(() => {
  buildBinary();
  work = mkdtempSync(path.join(tmpdir(), 'dg-cli-ingest-'));
  mixed = path.join(work, 'mixed');
  mkdirSync(path.join(mixed, 'nested'), { recursive: true });
  writeFileSync(path.join(mixed, 'a-valid.json'), line(article(1)));
  writeFileSync(
    path.join(mixed, 'b-batch.jsonl'),
    [
      line(article(2)),
      '',
      '{"publishedAt": "2023-06-21", "text": "unterminated',
      line(article(3, { publishedAt: undefined })),
      line(article(4, { text: '' })),
      line(article(5)),
    ].join('\n') + '\n',
  );
  writeFileSync(path.join(mixed, 'c-empty.json'), line(article(6, { text: '   ' })));
  writeFileSync(
    path.join(mixed, 'd-photo.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  writeFileSync(path.join(mixed, 'e-notes.txt'), 'Plain notes without a date flag.');
  writeFileSync(path.join(mixed, 'g-garbage.json'), Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x7d]));
  writeFileSync(path.join(mixed, 'nested', 'f-valid.json'), line(article(7)));
  writeFileSync(path.join(mixed, '.hidden.json'), line(article(8)));
  clean = path.join(work, 'clean');
  mkdirSync(clean);
  writeFileSync(path.join(clean, 'batch.jsonl'), [1, 2, 3].map((n) => line(article(10 + n))).join('\n'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a folder mixing valid and bad inputs', () => {
  it('ingests the valid ones, names each bad one as file:line: reason, exits 1', async () => {
    const r = await runCli(['ingest', '--json', '--data', data('mixed'), mixed]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ read: 11, ingested: 4, duplicates: 0, rejected: 7 });
    const f = (name: string): string => path.join(mixed, name);
    const expected: [string, number, string][] = [
      [f('b-batch.jsonl'), 3, 'invalid JSON'],
      [f('b-batch.jsonl'), 4, 'missing "publishedAt"'],
      [f('b-batch.jsonl'), 5, 'missing or empty "text"'],
      [f('c-empty.json'), 1, 'missing or empty "text"'],
      [f('d-photo.png'), 1, 'unsupported file type ".png"'],
      [f('e-notes.txt'), 1, 'missing "publishedAt"'],
      [f('g-garbage.json'), 1, 'binary content'],
    ];
    for (const [file, lineNo, reason] of expected) expect(r.stderr).toContain(`${file}:${lineNo}: ${reason}`);
    expect(r.stderr.trim().split('\n')).toHaveLength(expected.length);
    const rejections = summary.rejections as { file: string; line: number; reason: string }[];
    expect(rejections.map((x) => [x.file, x.line])).toEqual(expected.map(([file, l]) => [file, l]));
  });

  it('leaves nothing of a rejected article in the graph', async () => {
    const lines = (await exportJsonl(data('mixed')))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const urls = lines.filter((l) => l.type === 'article').map((l) => l.url);
    expect(urls.sort()).toEqual([1, 2, 5, 7].map((n) => `https://news.example/astana/${n}`));
  });

  it('on a second run finds only duplicates (and the same rejections) and leaves the graph unchanged', async () => {
    const before = await exportJsonl(data('mixed'));
    const r = await runCli(['ingest', '--json', '--data', data('mixed'), mixed]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 11, ingested: 0, duplicates: 4, rejected: 7 });
    expect(await exportJsonl(data('mixed'))).toBe(before);
  });
});

describe('idempotence and duplicates', () => {
  it('exits 0 twice over a clean folder; the second run is all duplicates', async () => {
    const first = await runCli(['ingest', '--data', data('clean'), clean]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('3 articles read: 3 ingested, 0 duplicates, 0 rejected');
    const before = await exportJsonl(data('clean'));
    const second = await runCli(['ingest', '--data', data('clean'), clean]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('3 articles read: 0 ingested, 3 duplicates, 0 rejected');
    expect(second.stderr).toBe('');
    expect(await exportJsonl(data('clean'))).toBe(before);
  });

  it('reports the same URL or the same text earlier in the same run as a duplicate', async () => {
    const file = path.join(work, 'dups.jsonl');
    const text = 'Lavrentiev said the next round would be held in the second half of the year.';
    writeFileSync(
      file,
      [
        line(article(20)),
        line(article(20, { title: 'same URL, new title' })),
        line(article(21, { text })),
        line(article(22, { text: `  ${text.replace(/ /g, '  ')}\n` })),
      ].join('\n'),
    );
    const r = await runCli(['ingest', '--json', '--verbose', '--data', data('dups'), file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 4, ingested: 2, duplicates: 2, rejected: 0 });
    const { duplicateArticles } = JSON.parse(r.stdout) as { duplicateArticles: Record<string, unknown>[] };
    expect(duplicateArticles.map((d) => [d.file, d.line])).toEqual([
      [file, 2],
      [file, 4],
    ]);
    // Same URL: the same derived id. Same text under another URL: another id, pointing at the first.
    expect(duplicateArticles[0]?.existingId).toBe(duplicateArticles[0]?.articleId);
    expect(duplicateArticles[1]?.existingId).not.toBe(duplicateArticles[1]?.articleId);
    expect(r.stderr).toContain(`${file}:2: duplicate of`);
    expect(r.stderr).toContain(`${file}:4: duplicate of`);
  });
});

describe('extraction workers', () => {
  it('several workers give the same graph and the same outcomes, in input order, as one', async () => {
    // Long and short articles interleaved, with a duplicate and a rejection, so that workers answer out of order.
    const file = path.join(work, 'workers.jsonl');
    const long = (n: number): string =>
      Array.from({ length: 40 }, (_, i) => `${article(n).text as string} (${i})`).join('\n');
    const lines = [];
    for (let n = 0; n < 12; n++) lines.push(line(article(40 + n, n % 3 === 0 ? { text: long(40 + n) } : {})));
    lines.splice(5, 0, line(article(41)), line(article(99, { publishedAt: 'soon' })));
    writeFileSync(file, lines.join('\n'));
    const summary = (stdout: string): unknown => ({ ...(JSON.parse(stdout) as object), seconds: 0 });
    const one = await runCli(['ingest', '--json', '--workers', '1', '--batch', '3', '--data', data('w1'), file]);
    const three = await runCli(['ingest', '--json', '--workers', '3', '--batch', '3', '--data', data('w3'), file]);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(JSON.parse(three.stdout)).toMatchObject({ read: 14, ingested: 12, duplicates: 1, rejected: 1 });
    expect(summary(three.stdout)).toEqual(summary(one.stdout));
    expect(await exportJsonl(data('w3'))).toBe(await exportJsonl(data('w1')));
  });

  it('rejects a worker count that is not a whole number from 1 to 64 as a usage error', async () => {
    for (const bad of ['0', 'two', '65']) {
      const r = await runCli(['ingest', '--workers', bad, '--data', data('wbad'), clean]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--workers');
    }
  });
});

describe('plain text and HTML', () => {
  it("takes a .txt article's metadata from the flags", async () => {
    const file = path.join(work, 'note.txt');
    writeFileSync(
      file,
      'أعلن المبعوث الخاص للرئيس الروسي إلى سوريا ألكسندر لافرنتييف انتهاء الجولة العشرين من محادثات أستانة.',
    );
    const flags = [
      '--published-at',
      '2023-06-21',
      '--url',
      'https://example.org/n',
      '--title',
      'Note',
      '--source',
      'Enab',
    ];
    const r = await runCli(['ingest', ...flags, '--data', data('txt'), file]);
    expect(r.code).toBe(0);
    const q = await runCli(['query', '--data', data('txt'), '{ articles { url title source publishedAt language } }']);
    expect(JSON.parse(q.stdout)).toEqual({
      data: {
        articles: [
          { url: 'https://example.org/n', title: 'Note', source: 'Enab', publishedAt: '2023-06-21', language: 'ar' },
        ],
      },
    });
  });

  it('reads an .html page: title, date and language from the page, flags winning', async () => {
    const file = path.join(work, 'page.html');
    const para =
      'The twentieth round of the Astana talks on Syria ended in the Kazakh capital on Wednesday, officials said. ';
    writeFileSync(
      file,
      `<html lang="en-GB"><head><title>Astana 20 closes</title><meta property="og:site_name" content="PageSite"><meta property="article:published_time" content="2023-06-21T09:00:00Z"></head>
      <body><nav>Home | World | Sport</nav><article><p>${para.repeat(4)}</p><p>${para.repeat(3)}</p></article><footer>© Example</footer></body></html>`,
    );
    const r = await runCli(['ingest', '--source', 'Example', '--data', data('html'), file]);
    expect(r.code).toBe(0);
    const q = await runCli(['query', '--data', data('html'), '{ articles { title source publishedAt language } }']);
    expect(JSON.parse(q.stdout)).toEqual({
      data: { articles: [{ title: 'Astana 20 closes', source: 'Example', publishedAt: '2023-06-21', language: 'en' }] },
    });
  });
});

describe('store selection', () => {
  it('uses DIPLOGRAPH_DATA, else ./data in the working folder; --data wins over both', async () => {
    const cwd = path.join(work, 'cwd');
    mkdirSync(cwd);
    const env = { DIPLOGRAPH_DATA: data('from-env') };
    expect((await runCli(['ingest', clean], { cwd, env })).code).toBe(0);
    expect((await runCli(['ingest', clean], { cwd })).code).toBe(0);
    expect(
      (await runCli(['ingest', '--data', data('from-flag'), path.join(mixed, 'a-valid.json')], { cwd, env })).code,
    ).toBe(0);
    const count = async (args: string[], options: { env?: Record<string, string> } = {}): Promise<number> => {
      const r = await runCli(['query', ...args, '{ articles { id } }'], { cwd, ...options });
      return (JSON.parse(r.stdout) as { data: { articles: unknown[] } }).data.articles.length;
    };
    expect(await count([], { env })).toBe(3);
    expect(await count(['--data', path.join(cwd, 'data')])).toBe(3);
    expect(await count(['--data', data('from-flag')], { env })).toBe(1);
  });
});

describe('summary and exit codes', () => {
  it('--json prints the summary with every field', async () => {
    const r = await runCli(['ingest', '--json', '--data', data('shape'), clean]);
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(
      [
        'abandoned',
        'duplicateArticles',
        'duplicates',
        'graph',
        'ingested',
        'interrupted',
        'meetings',
        'read',
        'rejected',
        'rejections',
        'seconds',
        'statements',
        'warnings',
      ].sort(),
    );
    expect(summary.graph).toMatchObject({ articles: 3 });
    expect(summary.interrupted).toBe(false);
  });

  it.each<[string, number, string[], RegExp]>([
    ['no command', 2, [], /Usage: diplograph/],
    ['an unknown command', 2, ['bogus'], /unknown command 'bogus'/],
    ['an unknown flag', 2, ['ingest', '--bogus', 'x'], /unknown option '--bogus'/],
    ['no PATH', 2, ['ingest'], /missing required argument 'path'/],
    ['a path that does not exist', 2, ['ingest', '/no/such/dir'], /error: no such file or folder: "\/no\/such\/dir"/],
    [
      'a bad --published-at',
      2,
      ['ingest', '--published-at', '21/06/2023', 'seed/articles'],
      /--published-at: "publishedAt" is not an ISO date/,
    ],
    [
      'bad JSON in --variables',
      2,
      ['query', '{ articles { id } }', '--variables', '{x'],
      /--variables: not valid JSON/,
    ],
    [
      'non-object --variables',
      2,
      ['query', '{ articles { id } }', '--variables', '[1]'],
      /--variables: expected a JSON object/,
    ],
    ['an unknown export format', 2, ['export', '--format', 'xml'], /Allowed choices are cypher, graphml, jsonl/],
    ['export without --format', 2, ['export'], /required option '--format <format>'/],
    ['a bad --port', 2, ['serve', '--port', 'eighty'], /--port: expected a non-negative integer/],
    [
      'a --neo4j URI that is not bolt:// or neo4j://',
      2,
      ['ingest', '--neo4j', 'http://x', 'seed/articles'],
      /--neo4j: expected neo4j:\/\/ or bolt:\/\/ URI/,
    ],
    [
      'a Neo4j that cannot be reached',
      3,
      ['ingest', '--neo4j', 'bolt://127.0.0.1:1', 'seed/articles'],
      /error: Neo4j is not available/,
    ],
    ['eval without --corpus', 2, ['eval'], /give at least one --corpus/],
    [
      'eval on a folder that is no corpus',
      2,
      ['eval', '--corpus', 'seed'],
      /--corpus: not a corpus folder \(needs articles.jsonl and gold.jsonl\): seed/,
    ],
  ])('%s → exit %i', async (_name, code, args, message) => {
    const store = ['ingest', 'query', 'export', 'serve'].includes(args[0] ?? '') ? ['--data', data('codes')] : [];
    const r = await runCli([...args, ...store]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without DIPLOGRAPH_DEBUG
  });

  it.each([['--help'], ['ingest --help'], ['query --help'], ['serve --help'], ['export --help'], ['eval --help']])(
    'diplograph %s → exit 0 with usage on stdout',
    async (command) => {
      const r = await runCli(command.split(' '));
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: diplograph/);
    },
  );

  it('a store that cannot be opened → exit 3 with a one-line error (stack only with DIPLOGRAPH_DEBUG=1)', async () => {
    const notADir = path.join(work, 'not-a-dir');
    writeFileSync(notADir, 'x');
    const r = await runCli(['ingest', '--data', notADir, clean]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(['ingest', '--data', notADir, clean], { env: { DIPLOGRAPH_DEBUG: '1' } });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
