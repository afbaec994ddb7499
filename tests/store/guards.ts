// Guards every adapter applies the same way (issue 12): searches too long or with too many terms, and keys too
// large for an index, are refused with BAD_USER_INPUT naming the problem, before the database sees them.
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS } from '../../src/store/search.js';
import { MAX_KEY_LENGTH } from '../../src/store/validate.js';
import { arabicRound20 } from '../fixtures/deltas.js';
import type { StoreHandle } from './contract.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

export function defineGuardContract(h: StoreHandle): void {
  describe('guards', () => {
    it('refuses a search with more terms than the limit, and answers one at the limit', async () => {
      await h.store.writeArticle(arabicRound20());
      await expect(h.store.listStatements({ search: words(MAX_SEARCH_TERMS + 1) })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: `search has ${MAX_SEARCH_TERMS + 1} terms; the limit is ${MAX_SEARCH_TERMS}`,
      });
      expect(await h.store.listStatements({ search: words(MAX_SEARCH_TERMS) })).toEqual([]);
    });

    it('refuses 2,000 search terms quickly (Lucene allows 1,024 clauses; SQLite grew quadratic)', async () => {
      const started = performance.now();
      await expect(h.store.listStatements({ search: words(2000) })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('refuses a search longer than the limit', async () => {
      await expect(h.store.listStatements({ search: 'x'.repeat(MAX_SEARCH_LENGTH + 1) })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: `search is ${MAX_SEARCH_LENGTH + 1} characters long; the limit is ${MAX_SEARCH_LENGTH}`,
      });
    });

    it('refuses an article whose id or URL is too long for an index, without echoing it, and stores nothing', async () => {
      const long = 'k'.repeat(10_000);
      const d = arabicRound20();
      for (const bad of [
        { ...d, article: { ...d.article, id: long } },
        { ...d, article: { ...d.article, url: `https://example.org/${long}` } },
      ]) {
        const refused = await h.store.writeArticle(bad).then(
          () => null,
          (e: unknown) => e as { code: string; message: string },
        );
        expect(refused?.code).toBe('BAD_USER_INPUT');
        expect(refused?.message).toMatch(new RegExp(`longer than ${MAX_KEY_LENGTH}`));
        expect(refused?.message.length).toBeLessThan(500);
      }
      expect((await h.store.counts()).articles).toBe(0);
      expect((await h.store.writeArticle(arabicRound20())).status).toBe('written');
    });
  });
}
