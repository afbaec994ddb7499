// Store contract, part three: merges do not depend on the order articles arrive in (issue 12, item 13). The same
// three conflicting reports are written in every order, one by one and as one batch, and every dump must be the same.
// Called by defineStoreContract only; names carry no adapter name.
import { describe, expect, it } from 'vitest';
import type { ArticleDelta } from '../../src/domain.js';
import type { GraphDump } from '../../src/store/port.js';
import { arabicRound20, englishRound20, englishRound20Rival, must } from '../fixtures/deltas.js';
import type { StoreHandle } from './contract.js';

const reports: Record<string, () => ArticleDelta> = {
  ar: arabicRound20,
  en: englishRound20,
  rival: englishRound20Rival,
};

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

const ORDERS = permutations(Object.keys(reports));

export function defineOrderContract(h: StoreHandle): void {
  describe('merges independent of arrival order', () => {
    async function dumpAfter(order: readonly string[], batch: boolean): Promise<GraphDump> {
      await h.store.clear();
      const deltas = order.map((k) => must(reports[k])());
      if (batch) await h.store.writeArticles(deltas);
      else await h.writeAll(deltas);
      return h.store.dump();
    }

    // Every order one by one, and three as one batch (each report first once): 9 writes of the graph, slow on Neo4j.
    it('gives the same graph for every order of three conflicting reports, one by one and batched', async () => {
      const reference = await dumpAfter(must(ORDERS[0]), false);
      const runs = [
        ...ORDERS.map((order) => ({ order, batch: false })),
        ...[0, 2, 4].map((i) => ({ order: must(ORDERS[i]), batch: true })),
      ];
      for (const { order, batch } of runs) {
        expect({ order, batch, dump: await dumpAfter(order, batch) }).toEqual({ order, batch, dump: reference });
      }
    }, 240_000);

    it('dates a meeting by the most supported claim, then the most specific', async () => {
      // ar-20 claims 20–21 June, en-20 only the 21st (compatible with it), the rival 16–17 October: two against one.
      await h.writeAll([englishRound20Rival(), englishRound20(), arabicRound20()]);
      const [meeting] = await h.store.getMeetings(['astana-20']);
      expect([must(meeting).startDate, must(meeting).endDate]).toEqual(['2023-06-20', '2023-06-21']);
      // One against one: the claim that says more (start and end) wins over the one that gives only the end.
      await h.store.clear();
      await h.writeAll([englishRound20(), englishRound20Rival()]);
      const [tied] = await h.store.getMeetings(['astana-20']);
      expect([must(tied).startDate, must(tied).endDate]).toEqual(['2022-10-16', '2022-10-17']);
    });

    it('keeps each report as its own claim: a duplicate of a report adds no support', async () => {
      await h.writeAll([englishRound20Rival(), arabicRound20()]);
      const before = await h.store.dump();
      const copy = englishRound20Rival();
      await h.store.writeArticle({ ...copy, article: { ...copy.article, id: 'rival-copy' } });
      expect(await h.store.dump()).toEqual(before);
    });
  });
}
