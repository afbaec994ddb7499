// The rule that turns every article's claim about a meeting into its fields (src/store/claims.ts), case by case,
// and the property that matters most: any order of the same claims derives the same meeting.
import { describe, expect, it } from 'vitest';
import type { MeetingClaim } from '../../src/store/claims.js';
import { claimCount, claimsOf, deriveMeeting, tallyClaims, withClaim } from '../../src/store/claims.js';

const claim = (articleId: string, publishedAt: string, change: Partial<MeetingClaim>): MeetingClaim => ({
  id: 'm',
  name: 'M',
  seriesId: null,
  round: null,
  status: 'PLANNED',
  startDate: null,
  endDate: null,
  windowStart: null,
  windowEnd: null,
  placeId: null,
  articleId,
  publishedAt,
  ...change,
});

const dates = (claims: MeetingClaim[]): [string | null, string | null] => {
  const m = deriveMeeting('m', claims);
  return [m.startDate, m.endDate];
};

describe('deriveMeeting: dates', () => {
  it.each<[string, MeetingClaim[], [string | null, string | null]]>([
    ['no claim gives no date', [claim('a', '2023-01-01', {})], [null, null]],
    [
      'two against one',
      [
        claim('a', '2023-06-21', { startDate: '2023-06-20', endDate: '2023-06-21' }),
        claim('b', '2023-06-22', { startDate: '2023-06-20', endDate: '2023-06-21' }),
        claim('c', '2023-06-23', { startDate: '2022-10-16', endDate: '2022-10-17' }),
      ],
      ['2023-06-20', '2023-06-21'],
    ],
    [
      'a claim of the end alone supports the pair it agrees with',
      [
        claim('a', '2023-06-21', { startDate: '2023-06-20', endDate: '2023-06-21' }),
        claim('b', '2023-06-22', { endDate: '2023-06-21' }),
        claim('c', '2023-06-23', { startDate: '2023-07-01', endDate: '2023-07-02' }),
      ],
      ['2023-06-20', '2023-06-21'],
    ],
    [
      'equal support: the more specific wins',
      [
        claim('a', '2023-06-25', { startDate: '2023-06-19' }),
        claim('b', '2023-06-21', { startDate: '2023-06-20', endDate: '2023-06-21' }),
      ],
      ['2023-06-20', '2023-06-21'],
    ],
    [
      'an agreed start with disputed ends keeps the start alone',
      [
        claim('a', '2023-06-21', { startDate: '2023-06-20' }),
        claim('b', '2023-06-22', { startDate: '2023-06-20', endDate: '2023-06-21' }),
        claim('c', '2023-06-23', { startDate: '2023-06-20', endDate: '2023-06-22' }),
      ],
      ['2023-06-20', null],
    ],
    [
      'equal support and specificity: the latest article',
      [claim('a', '2023-06-21', { startDate: '2023-06-20' }), claim('b', '2023-06-30', { startDate: '2023-06-27' })],
      ['2023-06-27', null],
    ],
    [
      'same article date too: the earliest date',
      [claim('a', '2023-06-30', { startDate: '2023-06-27' }), claim('b', '2023-06-30', { startDate: '2023-06-20' })],
      ['2023-06-20', null],
    ],
  ])('%s', (_name, claims, expected) => {
    expect(dates(claims)).toEqual(expected);
  });

  it('chooses windows by the same rule, apart from dates', () => {
    const m = deriveMeeting('m', [
      claim('a', '2023-06-21', { windowStart: '2023-07-01', windowEnd: '2023-12-31', startDate: '2023-09-01' }),
      claim('b', '2023-06-22', { windowStart: '2023-07-01', windowEnd: '2023-12-31' }),
      claim('c', '2023-06-23', { windowStart: '2024-01-01', windowEnd: '2024-06-30' }),
    ]);
    expect([m.startDate, m.windowStart, m.windowEnd]).toEqual(['2023-09-01', '2023-07-01', '2023-12-31']);
  });
});

describe('deriveMeeting: other fields', () => {
  it('takes the most claimed place, series and round, the highest status, and the id for want of a name', () => {
    const m = deriveMeeting('m', [
      claim('a', '2023-06-21', { placeId: 'x', status: 'HELD', name: '', round: 20 }),
      claim('b', '2023-06-22', { placeId: 'y', seriesId: 's', round: 20 }),
      claim('c', '2023-06-23', { placeId: 'y', status: 'CANCELLED', round: 21 }),
    ]);
    expect([m.placeId, m.seriesId, m.round, m.status]).toEqual(['y', 's', 20, 'HELD']);
    expect(deriveMeeting('m', [claim('a', '2023-06-21', { name: '' })]).name).toBe('m');
  });
});

describe('claims', () => {
  function permutations<T>(items: readonly T[]): T[][] {
    if (items.length <= 1) return [[...items]];
    return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
  }

  it('derive the same meeting from every order of the same claims', () => {
    const claims = [
      claim('a', '2023-06-21', { startDate: '2023-06-20', placeId: 'x', name: 'A' }),
      claim('b', '2023-06-21', { startDate: '2023-06-21', placeId: 'y', name: 'B', status: 'HELD' }),
      claim('c', '2023-06-20', { endDate: '2023-06-22', windowStart: '2023-06-01', windowEnd: '2023-06-30' }),
      claim('d', '2023-06-22', { startDate: '2023-06-19', endDate: '2023-06-22', placeId: 'y', round: 3 }),
    ];
    const derived = permutations(claims).map((order) => deriveMeeting('m', order));
    for (const m of derived) expect(m).toEqual(derived[0]);
  });

  it("fold one article's repeated facts into one claim and replace that article's earlier claim", () => {
    const fact = { ...claim('a', '', {}), evidence: [] };
    const [folded] = claimsOf(
      [
        { ...fact, startDate: '2023-06-20' },
        { ...fact, startDate: '2023-06-21', endDate: '2023-06-22' },
      ],
      { id: 'a', publishedAt: '2023-06-23' },
    );
    expect(folded).toMatchObject({ articleId: 'a', publishedAt: '2023-06-23', startDate: '2023-06-20' });
    expect(folded?.endDate).toBe('2023-06-22');
    const replaced = withClaim([claim('a', '2023-06-23', { startDate: '2020-01-01' }), claim('b', '2023-06-23', {})], {
      ...claim('a', '2023-06-23', {}),
      startDate: '2023-06-20',
    });
    expect(replaced.map((c) => [c.articleId, c.startDate])).toEqual([
      ['b', null],
      ['a', '2023-06-20'],
    ]);
  });
});

describe('claims read grouped (weight)', () => {
  /** Equal claims (every field but the article) as one, counted, with the latest date: what a store may read. */
  function grouped(claims: readonly MeetingClaim[]): MeetingClaim[] {
    const groups = new Map<string, MeetingClaim>();
    for (const c of claims) {
      const key = JSON.stringify({ ...c, articleId: null, publishedAt: null });
      const seen = groups.get(key);
      if (seen === undefined) groups.set(key, { ...c, weight: 1 });
      else {
        seen.weight = (seen.weight ?? 1) + 1;
        if (c.publishedAt > seen.publishedAt) seen.publishedAt = c.publishedAt;
      }
    }
    return [...groups.values()];
  }

  // Support decides against one claim that is later, more specific or smaller: only counting the repeats gets it right.
  it.each<[string, MeetingClaim[]]>([
    [
      'repeated dates outweigh a later, more specific pair',
      [
        claim('a', '2023-06-20', { startDate: '2023-06-19' }),
        claim('b', '2023-06-21', { startDate: '2023-06-19' }),
        claim('c', '2023-06-22', { startDate: '2023-06-18', endDate: '2023-06-20' }),
      ],
    ],
    [
      'repeated places and names outweigh the latest article',
      [
        claim('a', '2023-01-02', { placeId: 'y', name: 'Y' }),
        claim('b', '2023-01-01', { placeId: 'y', name: 'Y' }),
        claim('c', '2023-01-03', { placeId: 'x', name: 'X', round: 2 }),
        claim('d', '2023-01-04', { placeId: 'x', name: 'X', round: 2 }),
        claim('e', '2023-01-05', { placeId: 'z', name: 'Z', status: 'HELD' }),
      ],
    ],
    [
      'windows that agree with a repeated one',
      [
        claim('a', '2023-03-01', { windowStart: '2023-03-01', windowEnd: '2023-03-31' }),
        claim('b', '2023-03-02', { windowStart: '2023-03-01', windowEnd: '2023-03-31' }),
        claim('c', '2023-03-03', { windowStart: '2023-03-01' }),
        claim('d', '2023-03-04', { windowStart: '2023-02-01', windowEnd: '2023-03-31' }),
        claim('e', '2023-03-05', { windowStart: '2023-02-01', windowEnd: '2023-03-31' }),
      ],
    ],
  ])('derive the same meeting as the claims one by one: %s', (_name, claims) => {
    const read = grouped(claims);
    expect(read.length).toBeLessThan(claims.length);
    expect(deriveMeeting('m', read)).toEqual(deriveMeeting('m', claims));
  });
});

describe('the tally a store keeps beside a meeting (tallyClaims)', () => {
  const stored = [
    claim('b', '2023-06-21', { startDate: '2023-06-20', placeId: 'x' }),
    claim('a', '2023-06-19', { startDate: '2023-06-20', placeId: 'x' }),
    claim('c', '2023-06-22', { startDate: '2023-06-21', endDate: '2023-06-22', status: 'HELD' }),
    claim('d', '2023-06-18', { windowStart: '2023-06-01', windowEnd: '2023-06-30', round: 4 }),
  ];
  const incoming = [
    claim('e', '2023-06-23', { startDate: '2023-06-21', endDate: '2023-06-22', status: 'HELD' }),
    claim('f', '2023-06-17', { startDate: '2023-06-20', placeId: 'x' }),
  ];

  it('groups equal claims: weights added, the latest date and the smallest article kept', () => {
    const tally = tallyClaims(stored);
    expect(tally).toHaveLength(3);
    expect(claimCount(tally)).toBe(4);
    expect(tally.find((c) => c.placeId === 'x')).toMatchObject({
      weight: 2,
      publishedAt: '2023-06-21',
      articleId: 'a',
    });
  });

  it('adds new claims to a stored tally as to the claims themselves, and derives the same meeting', () => {
    const grown = tallyClaims([...tallyClaims(stored), ...incoming]);
    expect(grown).toEqual(tallyClaims([...stored, ...incoming]));
    expect(claimCount(grown)).toBe(6);
    expect(deriveMeeting('m', grown)).toEqual(deriveMeeting('m', [...stored, ...incoming]));
  });

  it('does not depend on the order of the claims', () => {
    const reversed = [...stored, ...incoming].reverse();
    expect(tallyClaims(reversed)).toEqual(tallyClaims([...stored, ...incoming]));
  });
});
