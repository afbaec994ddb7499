// THE store contract: one suite every Store adapter runs, so the embedded store is a faithful double of Neo4j.
// Test names never mention the adapter (only the top describe does), so both tiers report identical names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDelta, MeetingFact } from '../../src/domain.js';
import type { OpenOptions } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { allDeltas, arabicRound20, englishRound20, must } from '../fixtures/deltas.js';
import { defineGuardContract } from './guards.js';
import { defineLookupContract } from './lookups.js';
import { defineMergeContract } from './merges.js';
import { defineOrderContract } from './order.js';

/** Opens the adapter under test; the same call twice must reach the same data (persistence is part of the contract). */
export type OpenStore = (options: OpenOptions) => Promise<Store>;

/** The suite's shared state: the store under test, reopened per test and wiped before it. */
export interface StoreHandle {
  store: Store;
  writeAll(deltas: readonly ArticleDelta[]): Promise<void>;
}

export function defineStoreContract(adapterName: string, open: OpenStore): void {
  describe(`store contract: ${adapterName}`, () => {
    const handle = {} as StoreHandle;
    handle.writeAll = async (deltas) => {
      for (const delta of deltas) await handle.store.writeArticle(delta);
    };

    beforeEach(async () => {
      handle.store = await open({ forTests: true });
      await handle.store.clear();
    });
    afterEach(async () => {
      await handle.store.close();
    });

    defineWriteContract(handle, open);
    defineMergeContract(handle);
    defineOrderContract(handle);
    defineLookupContract(handle);
    defineGuardContract(handle);
  });
}

function defineWriteContract(h: StoreHandle, open: OpenStore): void {
  describe('writes', () => {
    it('writes an article with its facts and finds it again', async () => {
      const delta = arabicRound20();
      expect(await h.store.writeArticle(delta)).toEqual({ status: 'written', articleId: 'ar-20' });
      expect(await h.store.counts()).toEqual({
        articles: 1,
        actors: 5,
        series: 1,
        places: 1,
        meetings: 2,
        participations: 5,
        statements: 2,
      });
      const { id, url, title, source, publishedAt, language } = delta.article;
      expect(await h.store.getArticles(['ar-20'])).toEqual([{ id, url, title, source, publishedAt, language }]);
    });

    it('is idempotent: writing the same delta twice leaves the graph unchanged', async () => {
      await h.store.writeArticle(arabicRound20());
      const before = await h.store.dump();
      const again = await h.store.writeArticle(arabicRound20());
      expect(again).toEqual({ status: 'duplicate', articleId: 'ar-20', existingId: 'ar-20' });
      expect(await h.store.dump()).toEqual(before);
    });

    const duplicates: [string, (d: ArticleDelta) => ArticleDelta][] = [
      ['the same url under a new id', (d) => ({ ...d, article: { ...d.article, id: 'copy', contentHash: 'other' } })],
      ['the same text under a new id and no url', (d) => ({ ...d, article: { ...d.article, id: 'copy', url: null } })],
      [
        'the same id with another url and text',
        (d) => ({ ...d, article: { ...d.article, url: 'x:y', contentHash: 'z' } }),
      ],
    ];
    it.each(duplicates)('treats %s as a duplicate and adds nothing', async (_name, variant) => {
      await h.store.writeArticle(arabicRound20());
      const before = await h.store.dump();
      const copy = variant(arabicRound20());
      expect(await h.store.findDuplicate(copy.article)).toBe('ar-20');
      expect(await h.store.writeArticle(copy)).toEqual({
        status: 'duplicate',
        articleId: copy.article.id,
        existingId: 'ar-20',
      });
      expect(await h.store.dump()).toEqual(before);
    });

    it('finds no duplicate for a new article', async () => {
      await h.store.writeArticle(arabicRound20());
      expect(await h.store.findDuplicate(englishRound20().article)).toBeNull();
    });

    const broken: [string, (d: ArticleDelta) => ArticleDelta][] = [
      [
        'a participation of an actor that exists nowhere',
        (d) => ({ ...d, participations: [...d.participations, { ...must(d.participations[0]), actorId: 'NOWHERE' }] }),
      ],
      [
        'a statement about an unknown meeting',
        (d) => ({ ...d, statements: [{ ...must(d.statements[0]), meetingId: 'x-1' }] }),
      ],
      ['an evidence span citing an unknown article', (d) => withMeetingEvidenceFrom(d, 'unknown-article')],
      ['a meeting date that is not an ISO date', (d) => withFirstMeeting(d, { startDate: '21/06/2023' })],
      [
        'an evidence span that ends before it starts',
        (d) => withFirstMeeting(d, { evidence: [{ articleId: d.article.id, text: 'x', start: 5, end: 2 }] }),
      ],
      [
        'a role outside the enum',
        (d) => ({ ...d, participations: [{ ...must(d.participations[0]), role: 'SPECTATOR' as 'HOST' }] }),
      ],
    ];
    it.each(broken)('rolls back a delta with %s, then accepts a good one', async (_name, breakIt) => {
      await h.store.writeArticle(arabicRound20());
      const before = await h.store.dump();
      const counts = await h.store.counts();
      await expect(h.store.writeArticle(breakIt(englishRound20()))).rejects.toMatchObject({
        name: 'AppError',
        code: 'BAD_USER_INPUT',
      });
      expect(await h.store.counts()).toEqual(counts);
      expect(await h.store.dump()).toEqual(before);
      expect(await h.store.writeArticle(englishRound20())).toEqual({ status: 'written', articleId: 'en-20' });
      expect((await h.store.counts()).articles).toBe(2);
    });

    it.each(broken)('leaves a delta with %s out of its batch and writes the rest', async (_name, breakIt) => {
      const batch = [arabicRound20(), breakIt(englishRound20()), ...allDeltas().slice(1), arabicRound20()];
      const outcomes = await h.store.writeArticles(batch);
      expect(outcomes.map((o) => [o.status, o.articleId])).toEqual(
        batch.map((d, i) => [i === 1 ? 'rejected' : i === batch.length - 1 ? 'duplicate' : 'written', d.article.id]),
      );
      const rejected = outcomes[1];
      expect(rejected?.status === 'rejected' && rejected.error).toMatchObject({ code: 'BAD_USER_INPUT' });
      const batched = await h.store.dump();
      await h.store.clear();
      await h.writeAll(allDeltas());
      expect(batched).toEqual(await h.store.dump());
    });

    it('writes a batch exactly as the same articles one by one, later ones merging into earlier ones', async () => {
      await h.store.writeArticle(arabicRound20());
      expect((await h.store.writeArticles(allDeltas())).map((o) => o.status)).toEqual([
        'duplicate',
        ...allDeltas()
          .slice(1)
          .map(() => 'written'),
      ]);
      const batched = await h.store.dump();
      await h.store.clear();
      await h.writeAll(allDeltas());
      expect(batched).toEqual(await h.store.dump());
      expect(await h.store.writeArticles([])).toEqual([]);
    });
  });

  describe('whole graph', () => {
    it('counts every kind of record', async () => {
      await h.writeAll(allDeltas());
      expect(await h.store.counts()).toEqual({
        articles: 5,
        actors: 5,
        series: 1,
        places: 1,
        meetings: 3,
        participations: 9,
        statements: 4,
      });
    });

    it('dumps every list sorted by id and every evidence list by article and offset', async () => {
      await h.writeAll(allDeltas());
      const dump = await h.store.dump();
      for (const list of Object.values(dump) as { id: string }[][]) {
        expect(list.map((r) => r.id)).toEqual(list.map((r) => r.id).sort());
      }
      const evidenceLists = [...dump.meetings, ...dump.participations, ...dump.statements].map((r) => r.evidence);
      for (const evidence of evidenceLists) {
        expect(evidence.length).toBeGreaterThan(0);
        const keys = evidence.map((e) => [e.articleId, e.start] as const);
        expect(keys).toEqual([...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])));
      }
      expect(dump.articles.map((a) => a.id)).toEqual(['ar-20', 'ar-21', 'en-20', 'en-21', 'en-quartet']);
    });

    it("keeps a span of the article's title apart from the spans of its text", async () => {
      const delta = englishRound20();
      const title = 'Astana 20 closes';
      const inTitle = { articleId: 'en-20', text: 'Astana 20', start: 0, end: 9, inTitle: true as const };
      const withTitle: ArticleDelta = {
        ...delta,
        article: { ...delta.article, title },
        meetings: delta.meetings.map((m) => (m.id === 'astana-20' ? { ...m, evidence: [inTitle, ...m.evidence] } : m)),
      };
      await h.store.writeArticle(withTitle);
      const [evidence] = await h.store.evidenceOf('meeting', ['astana-20']);
      expect(evidence?.find((e) => e.inTitle)).toEqual(inTitle);
      expect(title.slice(inTitle.start, inTitle.end)).toBe(inTitle.text);
      // Every other span is in the text, and says nothing of a title.
      for (const e of evidence?.filter((x) => x !== evidence.find((y) => y.inTitle)) ?? []) {
        expect(e.inTitle).toBeUndefined();
        expect(delta.article.text.slice(e.start, e.end)).toBe(e.text);
      }
      const dumped = (await h.store.dump()).meetings.find((m) => m.id === 'astana-20');
      expect(dumped?.evidence.filter((e) => e.inTitle)).toEqual([inTitle]);
    });

    it('keeps everything across close and reopen', async () => {
      await h.writeAll(allDeltas());
      const before = await h.store.dump();
      await h.store.close();
      h.store = await open({ forTests: true });
      expect(await h.store.dump()).toEqual(before);
      expect((await h.store.listStatements({ search: 'الاستقرار' })).length).toBe(1);
      expect((await h.store.writeArticle(arabicRound20())).status).toBe('duplicate');
    });

    it('refuses clear() unless opened for tests', async () => {
      await h.store.writeArticle(arabicRound20());
      const other = await open({ forTests: false });
      try {
        await expect(other.clear()).rejects.toMatchObject({ name: 'AppError', code: 'FORBIDDEN' });
      } finally {
        await other.close();
      }
      expect((await h.store.counts()).articles).toBe(1);
    });

    it('clears everything when opened for tests', async () => {
      await h.writeAll(allDeltas());
      await h.store.clear();
      expect(Object.values(await h.store.counts())).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(await h.store.resolveActor('Lavrentiev')).toEqual([]);
      expect(await h.store.listStatements({ search: 'Astana' })).toEqual([]);
    });
  });
}

function withFirstMeeting(d: ArticleDelta, change: Partial<MeetingFact>): ArticleDelta {
  const [first, ...rest] = d.meetings;
  return { ...d, meetings: [{ ...must(first), ...change }, ...rest] };
}

function withMeetingEvidenceFrom(d: ArticleDelta, articleId: string): ArticleDelta {
  const first = must(d.meetings[0]);
  return withFirstMeeting(d, { evidence: [...first.evidence, { articleId, text: 'x', start: 0, end: 1 }] });
}
