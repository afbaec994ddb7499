// The extraction answers' wire format (src/extract-wire.ts): what the main thread decodes equals what the worker
// extracted, field for field, for real articles of every tuning language; a fact repeated unchanged crosses once and
// then as its id; a changed one crosses again; an error keeps its message and code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/domain.js';
import { sameData, WireDecoder, WireEncoder, type WireAnswer } from '../src/extract-wire.js';
import { prepareArticle } from '../src/ingest.js';
import { extractFacts, type PipelineResult } from '../src/pipeline/facts.js';
import { loadSeedKnowledge } from '../src/seed.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const knowledge = loadSeedKnowledge();

function articles(group: string, n: number): Article[] {
  const lines = readFileSync(path.join(ROOT, 'corpus', group, 'articles.jsonl'), 'utf8').split('\n');
  return lines
    .filter((l) => l.trim() !== '')
    .slice(0, n)
    .map((l) => prepareArticle(JSON.parse(l), knowledge));
}

const answersOf = (list: readonly Article[], from = 0): WireAnswer[] =>
  list.map((article, i) => ({ id: from + i, result: extractFacts(article, knowledge) }));

describe('extraction answers on the wire', () => {
  it.each(['astana/tune2/ar', 'astana/tune2/en', 'astana/tune9/xx', 'geneva/tune4/en'])(
    'decode to exactly what was extracted (%s), in two messages sharing facts',
    (group) => {
      const list = articles(group, 6);
      const first = answersOf(list.slice(0, 3));
      const second = answersOf(list.slice(3), 3);
      const encoder = new WireEncoder();
      const decoder = new WireDecoder();
      expect(decoder.decode(encoder.encode(first))).toStrictEqual(first);
      expect(decoder.decode(encoder.encode(second))).toStrictEqual(second);
    },
  );

  it('sends an unchanged actor, series or place once, a changed one again', () => {
    const [article] = articles('astana/tune2/en', 1);
    if (article === undefined) throw new Error('no article');
    const [answer] = answersOf([article]);
    if (answer === undefined || !('result' in answer)) throw new Error('no result');
    expect(answer.result.facts.actors.length).toBeGreaterThan(0);
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    const once = encoder.encode([answer]);
    const again = encoder.encode([{ ...answer, id: 1 }]);
    // The second message carries the repeated facts as ids: far shorter, and decoded to equal facts.
    expect(again.length).toBeLessThan(once.length);
    for (const name of answer.result.facts.actors.map((a) => a.name)) expect(again).not.toContain(JSON.stringify(name));
    expect(decoder.decode(once)).toStrictEqual([answer]);
    expect(decoder.decode(again)).toStrictEqual([{ ...answer, id: 1 }]);

    const [actor, ...rest] = answer.result.facts.actors;
    if (actor === undefined) throw new Error('no actor');
    const retitled = { ...actor, title: `${actor.title ?? ''} (acting)` };
    const changed: WireAnswer = {
      id: 2,
      result: { ...answer.result, facts: { ...answer.result.facts, actors: [retitled, ...rest] } },
    };
    const third = encoder.encode([changed]);
    expect(third).toContain('(acting)');
    expect(decoder.decode(third)).toStrictEqual([changed]);
    // ...and the changed fact is the one remembered from then on.
    expect(decoder.decode(encoder.encode([{ ...changed, id: 3 }]))).toStrictEqual([{ ...changed, id: 3 }]);
  });

  it.each([
    [{ a: 1, b: ['x', 'y'] }, { a: 1, b: ['x', 'y'] }, true],
    [{ a: null, n: [{ lang: 'ar', value: 'س' }] }, { a: null, n: [{ lang: 'ar', value: 'س' }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, false],
    [{ a: ['x', 'y'] }, { a: ['x', 'y', 'z'] }, false],
    [{ a: ['x', 'y'] }, { a: ['x', 'z'] }, false],
    [{ n: [{ lang: 'ar', value: 'س' }] }, { n: [{ lang: 'fa', value: 'س' }] }, false],
    [{ a: null }, { a: {} }, false],
    [{ a: [] }, { a: {} }, false],
    [{ a: 1 }, { a: '1' }, false],
    [{ a: 1 }, { a: 1, b: null }, false],
    [undefined, { a: 1 }, false],
  ])('compares facts as their JSON would (%j, %j)', (a, b, same) => {
    expect(sameData(a, b)).toBe(same);
    // Equal data always has equal JSON: an id sent alone stands for exactly the fact sent before.
    if (same) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('sends an actor again when only a nested alias changed', () => {
    const actor = { id: 'p', kind: 'PERSON', name: 'P', names: [{ lang: 'en', value: 'P' }], aliases: ['P'] };
    const facts = (a: typeof actor): WireAnswer => ({
      id: 0,
      result: {
        facts: { actors: [a], series: [], places: [], meetings: [], participations: [], statements: [] },
        warnings: [],
      } as unknown as PipelineResult,
    });
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    decoder.decode(encoder.encode([facts(actor)]));
    const renamed = { ...actor, aliases: ['P', 'Pe'] };
    const message = encoder.encode([facts(renamed)]);
    expect(message).toContain('Pe');
    expect(decoder.decode(message)).toStrictEqual([facts(renamed)]);
  });

  it('carries an error with its message and code', () => {
    const failed: WireAnswer = { id: 7, error: { message: 'too long', code: 'INVALID_ARTICLE' } };
    expect(new WireDecoder().decode(new WireEncoder().encode([failed]))).toStrictEqual([failed]);
  });
});
