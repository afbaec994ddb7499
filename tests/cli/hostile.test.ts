// Hostile input through the real binary (issue 12, items 3, 5, 7, 9, 10, 11, 12): every bad article is rejected by
// name with a clear reason, the run goes on, and nothing partial or mangled is stored. On Neo4j too when it runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/ingest.js';
import { MAX_ARTICLE_BYTES } from '../../src/input.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { buildBinary, runCli, type Run } from './binary.js';

const good = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `good-${n}`,
  publishedAt: '2023-06-21',
  language: 'en',
  text: `The twentieth round of the Astana talks on Syria ended on Wednesday (report ${n}). Russia, Turkey and Iran attended.`,
  ...extra,
});
const line = (o: unknown): string => JSON.stringify(o);

let work: string;
let hostile: string;
beforeAll(() => {
  buildBinary();
  work = mkdtempSync(path.join(tmpdir(), 'dg-hostile-'));
  hostile = path.join(work, 'in');
  mkdirSync(hostile);
  const longId = 'i'.repeat(9000);
  writeFileSync(
    path.join(hostile, 'a.jsonl'),
    [
      line(good(1)),
      line(good(2, { id: longId })),
      line(good(3, { url: `https://example.org/${'u'.repeat(9000)}` })),
      line(good(4, { publishedAt: '0000-01-01' })),
      line(good(5, { publishedAt: '2023-06-21T99:99:99' })),
      line(good(6, { text: 'x '.repeat(MAX_TEXT_LENGTH / 2 + 1) })),
      // A lone high surrogate, escaped in JSON: stored as one U+FFFD so every later offset still points right.
      '{"id":"good-7","publishedAt":"2023-06-21","language":"en","text":"Lone \\ud800 here. The twentieth round of the Astana talks ended in Astana on Wednesday."}',
      line(good(8)),
    ].join('\n') + '\n',
  );
  // windows-1256 Arabic bytes in a .jsonl line, a .json and a .txt: rejected alike, with the same reason.
  const arabic1256 = Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]);
  const wrap = (pre: string, post: string): Buffer => Buffer.concat([Buffer.from(pre), arabic1256, Buffer.from(post)]);
  writeFileSync(path.join(hostile, 'b.jsonl'), wrap('{"publishedAt":"2023-06-21","text":"', '"}\n'));
  writeFileSync(path.join(hostile, 'c.json'), wrap('{"publishedAt":"2023-06-21","text":"', '"}'));
  // Terminal escape codes in a file name and in its (invalid) content.
  writeFileSync(path.join(hostile, 'd\u001b[31mred.json'), '{"publishedAt": "2023-06-21", \u001b[2J "text": 1}');
  // A .jsonl line over the byte cap, then a good line after it.
  writeFileSync(path.join(hostile, 'e.jsonl'), `{"text":"${'y'.repeat(MAX_ARTICLE_BYTES + 10)}"}\n${line(good(9))}\n`);
  // Entries that are no files: a FIFO, a dangling link, a link loop, a link to a folder.
  execFileSync('mkfifo', [path.join(hostile, 'f-fifo.json')]);
  symlinkSync(path.join(work, 'nowhere.json'), path.join(hostile, 'g-dangling.json'));
  symlinkSync(path.join(hostile, 'h-loop.json'), path.join(hostile, 'h-loop.json'));
  symlinkSync(work, path.join(hostile, 'i-folder'));
  mkdirSync(path.join(hostile, 'j-sub'));
  writeFileSync(path.join(hostile, 'j-sub', 'k.json'), line(good(10)));
}, 180_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const uri = neo4jUriOrSkip('tests/cli/hostile.test.ts');
const stores: [string, (name: string) => string[]][] = [['embedded', (name) => ['--data', path.join(work, name)]]];
if (uri !== null) stores.push(['neo4j', () => ['--neo4j', uri]]);

describe.each(stores)('hostile input: %s', (kind, storeFlags) => {
  let run: Run;
  let summary: { ingested: number; rejected: number; rejections: { file: string; line: number; reason: string }[] };
  const reasonOf = (file: string, lineNo = 1): string =>
    summary.rejections.find((r) => r.file.endsWith(file) && r.line === lineNo)?.reason ?? '(not rejected)';

  beforeAll(async () => {
    if (kind === 'neo4j') {
      const { storeConfig } = await import('../../src/config.js');
      const { openStore } = await import('../../src/store/open.js');
      const store = await openStore(storeConfig({ neo4j: uri ?? '' }), { forTests: true });
      await store.clear();
      await store.close();
    }
    run = await runCli(['ingest', '--json', ...storeFlags('hostile'), hostile]);
    summary = JSON.parse(run.stdout) as typeof summary;
  }, 180_000);

  it('finishes the run (exit 1: some rejected) and ingests every good article, however bad its neighbours', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(summary.ingested).toBe(5);
  });

  it('rejects oversize ids and URLs for that article only, without echoing them', () => {
    expect(reasonOf('a.jsonl', 2)).toBe('"id" is 9000 characters long; the limit is 256');
    expect(reasonOf('a.jsonl', 3)).toMatch(/^"url" is 9020 characters long; the limit is 2048$/);
    expect(run.stderr).not.toMatch(/i{300}/);
  });

  it('validates dates strictly and names the field', () => {
    expect(reasonOf('a.jsonl', 4)).toMatch(/^"publishedAt" has a year outside/);
    expect(reasonOf('a.jsonl', 5)).toMatch(/^"publishedAt" is not an ISO date/);
  });

  it('caps article text and .jsonl lines with a clear rejection', () => {
    expect(reasonOf('a.jsonl', 6)).toMatch(/^"text" is \d+ characters long; the limit is 200000/);
    expect(reasonOf('e.jsonl', 1)).toMatch(/^line too large for one article/);
  });

  it('rejects invalid UTF-8 the same way in .jsonl and .json, saying where and what to do', () => {
    for (const file of ['b.jsonl', 'c.json']) {
      expect(reasonOf(file)).toBe(
        'not UTF-8 text (the first bad byte is at offset 36); convert it to UTF-8 first, e.g. Arabic in windows-1256: iconv -f windows-1256 -t utf-8',
      );
    }
  });

  it('names and skips FIFOs, dangling links, link loops and links to folders, and never hangs', () => {
    expect(reasonOf('f-fifo.json')).toBe('a FIFO, not a regular file: skipped');
    expect(reasonOf('g-dangling.json')).toBe('a dangling symbolic link: skipped');
    expect(reasonOf('h-loop.json')).toBe('a symbolic link loop: skipped');
    expect(reasonOf('i-folder')).toBe('a link to a folder, not followed: skipped');
  });

  it('keeps a lone surrogate as one U+FFFD, so every evidence span still matches the stored text', async () => {
    const { storeConfig } = await import('../../src/config.js');
    const { openStore } = await import('../../src/store/open.js');
    const store = await openStore(
      kind === 'neo4j' ? storeConfig({ neo4j: uri ?? '' }) : storeConfig({ data: path.join(work, 'hostile') }),
    );
    try {
      const dump = await store.dump();
      const text = dump.articles.find((a) => a.id === 'good-7')?.text ?? '';
      expect(text.startsWith('Lone \uFFFD here.')).toBe(true);
      const spans = [...dump.meetings, ...dump.participations, ...dump.statements]
        .flatMap((f) => f.evidence)
        .filter((e) => e.articleId === 'good-7');
      expect(spans.length).toBeGreaterThan(0);
      for (const e of spans) expect(text.slice(e.start, e.end)).toBe(e.text);
    } finally {
      await store.close();
    }
  });

  it('escapes control characters from file names and contents in rejection messages', () => {
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toContain('d\\x1b[31mred.json:1: invalid JSON');
  });
});

describe('folders that cannot be read', () => {
  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  it.runIf(asNobody || process.getuid?.() !== 0)('name an unreadable subfolder and ingest the rest', () => {
    const dir = path.join(work, 'locked');
    mkdirSync(path.join(dir, 'a-closed'), { recursive: true });
    writeFileSync(path.join(dir, 'a-closed', 'x.json'), line(good(20)));
    writeFileSync(path.join(dir, 'b-open.json'), line(good(21)));
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'a-closed'), 0o000);
    const data = path.join(work, 'locked-data');
    mkdirSync(data, { mode: 0o777 });
    chmodSync(data, 0o777);
    chmodSync(work, 0o755);
    const args = ['ingest', '--json', '--data', data, dir];
    const r = asNobody
      ? spawnSync(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, buildBinary(), ...args],
          {
            encoding: 'utf8',
          },
        )
      : spawnSync(process.execPath, [buildBinary(), ...args], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s.ingested).toBe(1);
    expect(s.rejections).toEqual([
      { file: path.join(dir, 'a-closed'), line: 1, reason: 'cannot read the folder (EACCES): skipped' },
    ]);
  });
});

interface Summary {
  ingested: number;
  rejections: { file: string; line: number; reason: string }[];
}
