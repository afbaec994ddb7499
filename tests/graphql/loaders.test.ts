// Batching: a nested query costs the same number of store round trips with 3 rounds as with 22. The store is a
// real embedded store behind a counting proxy (it forwards every call and counts it), not a mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import type { ArticleDelta, Evidence } from '../../src/domain.js';
import { executeQuery } from '../../src/graphql/execute.js';
import { prepareArticle } from '../../src/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const GUARANTORS = [
  ['RUS', 'Russia'],
  ['TUR', 'Turkey'],
  ['IRN', 'Iran'],
] as const;

/** One article per round: the three guarantors, the envoy and one statement of his about that round. */
function roundDelta(round: number): ArticleDelta {
  const sentences = [
    `Round ${round} of the Astana talks was held with Russia, Turkey and Iran as guarantors.`,
    `Alexander Lavrentiev said round ${round} had been useful.`,
  ];
  const article = prepareArticle(
    {
      id: `round-${round}`,
      publishedAt: `20${String(10 + Math.floor(round / 12)).padStart(2, '0')}-${String((round % 12) + 1).padStart(2, '0')}-15`,
      language: 'en',
      text: sentences.join(' '),
    },
    seedKnowledge,
  );
  const span = (needle: string): Evidence => {
    const start = article.text.indexOf(needle);
    return { articleId: article.id, text: needle, start, end: start + needle.length };
  };
  const meetingId = `astana-${round}`;
  const guarantors = span(sentences[0] ?? '');
  const said = span(`round ${round} had been useful`);
  return {
    article,
    series: [{ id: 'astana', name: 'Astana format', aliases: ['Astana'] }],
    places: [],
    actors: [
      ...GUARANTORS.map(([id, name]) => ({
        id,
        kind: 'STATE' as const,
        name,
        names: [{ lang: 'en', value: name }],
        aliases: [name],
        iso3: id,
        title: null,
        affiliationId: null,
      })),
      {
        id: 'alexander-lavrentiev',
        kind: 'PERSON',
        name: 'Alexander Lavrentiev',
        names: [{ lang: 'en', value: 'Alexander Lavrentiev' }],
        aliases: ['Lavrentiev'],
        iso3: null,
        title: null,
        affiliationId: 'RUS',
      },
    ],
    meetings: [
      {
        id: meetingId,
        name: `Astana ${round}`,
        seriesId: 'astana',
        round,
        status: 'HELD',
        startDate: article.publishedAt,
        endDate: null,
        windowStart: null,
        windowEnd: null,
        placeId: null,
        evidence: [guarantors],
      },
    ],
    participations: [
      ...GUARANTORS.map(([id]) => ({
        meetingId,
        actorId: id,
        role: 'GUARANTOR' as const,
        representingId: null,
        evidence: [guarantors],
      })),
      {
        meetingId,
        actorId: 'alexander-lavrentiev',
        role: 'PARTICIPANT',
        representingId: 'RUS',
        evidence: [span('Alexander Lavrentiev')],
      },
    ],
    statements: [
      {
        id: `${article.id}:lavrentiev:${said.start}`,
        speakerId: 'alexander-lavrentiev',
        kind: 'REPORTED',
        text: said.text,
        date: article.publishedAt,
        meetingId,
        language: 'en',
        evidence: [said],
      },
    ],
  };
}

/** Forwards every call to the real store and counts the calls per method. */
function counting(store: Store): { store: Store; calls: Map<string, number>; total(): number } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]): unknown => {
        calls.set(prop, (calls.get(prop) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}

const NESTED = '{ meetings { participants { actor { statements { meeting { round } } } } } }';

describe('DataLoader batching', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function trips(rounds: number, query: string): Promise<Record<string, number>> {
    const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-loaders-'));
    dirs.push(dir);
    const real = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
    try {
      for (let r = 1; r <= rounds; r++) await real.writeArticle(roundDelta(r));
      const probe = counting(real);
      const result = await executeQuery(probe.store, seedKnowledge, query, undefined, {
        maxDepth: 10,
        maxComplexity: 1_000_000,
      });
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(probe.calls);
    } finally {
      await real.close();
    }
  }

  it.each([
    [
      'attendance',
      '{ attendance(series: "astana") { rounds { round } actors { name } cells { roles actor { id } } } }',
      5,
    ],
    ['series → meetings → sources', '{ series { meetings { sources { id } statements { speaker { name } } } } }', 5],
    ['actors → participations → meeting', '{ actors { participations { meeting { round participantCount } } } }', 4],
    // A filtered participants list is not what the meetings read prefetches: one trip per level instead.
    [
      'meetings → participants(role) → actor → statements',
      '{ meetings { participants(role: GUARANTOR) { actor { statements(first: 1) { id } } } } }',
      4,
    ],
  ])('costs the same round trips for 3 and 22 rounds: %s', async (_label, query, expected) => {
    const small = await trips(3, query);
    expect(await trips(22, query)).toEqual(small);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBe(expected);
  });

  async function measure(rounds: number): Promise<{ calls: Record<string, number>; total: number; meetings: number }> {
    const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-loaders-'));
    dirs.push(dir);
    const real = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
    try {
      for (let r = 1; r <= rounds; r++) await real.writeArticle(roundDelta(r));
      const probe = counting(real);
      // Paging off the table: `first` large enough for 22 rounds and their participants.
      const result = await executeQuery(probe.store, seedKnowledge, NESTED, undefined, {
        maxDepth: 10,
        maxComplexity: 1_000_000,
      });
      expect(result.errors).toBeUndefined();
      const data = result.data as {
        meetings: { participants: { actor: { statements: { meeting: { round: number } }[] } }[] }[];
      };
      // The answer is complete: every round, four participants each, the envoy's statement for every round.
      expect(data.meetings).toHaveLength(rounds);
      for (const m of data.meetings) expect(m.participants).toHaveLength(4);
      const envoy = data.meetings[0]?.participants.find((p) => p.actor.statements.length > 0);
      expect(envoy?.actor.statements.map((s) => s.meeting.round).sort((a, b) => a - b)).toEqual(
        Array.from({ length: rounds }, (_, i) => i + 1),
      );
      return { calls: Object.fromEntries(probe.calls), total: probe.total(), meetings: data.meetings.length };
    } finally {
      await real.close();
    }
  }

  it('costs the same store round trips for 3 rounds as for 22 (one per relation level)', async () => {
    const small = await measure(3);
    const large = await measure(22);
    expect(large.calls).toEqual(small.calls);
    // The meetings read fetches what the selection asks next (participants, actors, their statements): one trip.
    expect(small.calls).toEqual({ listMeetingsWith: 1 });
    expect(small.total).toBe(1);
  });
});

describe('meeting trees', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  // Plain fields, participants, their actor, its first statements: what one tree read answers.
  const TREE = `{ meetings(series: "Astana", first: 5) { id round status participants { role id
    actor { id name iso3 names { lang value } statements(first: 2) { text date } } } } }`;
  // The same selection and one field a tree does not hold: answered field by field through the loaders.
  const FIELD_BY_FIELD = TREE.replace('role id', 'role id representing { id }');

  async function run(rounds: number, query: string) {
    const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-tree-'));
    dirs.push(dir);
    const real = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
    try {
      for (let r = 1; r <= rounds; r++) await real.writeArticle(roundDelta(r));
      const probe = counting(real);
      const limits = { maxDepth: 10, maxComplexity: 1_000_000 };
      const result = await executeQuery(probe.store, seedKnowledge, query, undefined, limits);
      expect(result.errors).toBeUndefined();
      return { data: result.data, calls: Object.fromEntries(probe.calls) };
    } finally {
      await real.close();
    }
  }

  it('reads the selection as one tree, in one round trip, with the answer of the field-by-field resolvers', async () => {
    const tree = await run(7, TREE);
    expect(tree.calls).toEqual({ meetingTree: 1 });
    expect((await run(3, TREE)).calls).toEqual({ meetingTree: 1 });
    const fieldByField = await run(7, FIELD_BY_FIELD);
    expect(fieldByField.calls).not.toHaveProperty('meetingTree');
    const without = JSON.parse(JSON.stringify(fieldByField.data), (key, value: unknown) =>
      key === 'representing' ? undefined : value,
    ) as unknown;
    expect(tree.data).toEqual(without);
    const meetings = (tree.data as { meetings: { participants: { actor: { statements: unknown[] } }[] }[] }).meetings;
    expect(meetings).toHaveLength(5);
    expect(meetings.flatMap((m) => m.participants.map((p) => p.actor.statements.length))).toContain(2);
  });
});
