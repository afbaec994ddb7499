// The merge rules both stores follow (src/store/merge.ts), row by row; the contract suite checks them end to end.
import { describe, expect, it } from 'vitest';
import type { ActorFact, MeetingFact } from '../../src/domain.js';
import type { ActorState } from '../../src/store/merge.js';
import type { LocalizedName } from '../../src/domain.js';
import {
  actorKeys,
  compareText,
  mergeActor,
  mergeMeeting,
  nameLanguage,
  unionAliases,
  unionEvidence,
  unionNames,
} from '../../src/store/merge.js';

const person = (change: Partial<ActorFact>): ActorFact => ({
  id: 'p',
  kind: 'PERSON',
  name: 'بيدرسن',
  names: [{ lang: 'ar', value: 'بيدرسن' }],
  aliases: [],
  iso3: null,
  title: null,
  affiliationId: null,
  ...change,
});
const ar = { publishedAt: '2023-06-21', language: 'ar' };
const en = { publishedAt: '2023-06-22', language: 'en' };
const stored = (fact: ActorFact, article = ar): ActorState => mergeActor(null, fact, article);

describe('mergeActor', () => {
  it.each<[string, ActorState, ActorFact, typeof ar, string]>([
    [
      'an English name replaces an Arabic one',
      stored(person({})),
      person({ name: 'Pedersen', names: [] }),
      en,
      'Pedersen',
    ],
    ['an English name stays', stored(person({ name: 'Pedersen', names: [] }), en), person({}), ar, 'Pedersen'],
    [
      'of two English names the fuller wins, even when it comes second',
      stored(person({ name: 'Pedersen', names: [] }), en),
      person({ name: 'Geir Pedersen', names: [] }),
      en,
      'Geir Pedersen',
    ],
    [
      'of two English names the fuller stays when it comes first',
      stored(person({ name: 'Geir Pedersen', names: [] }), en),
      person({ name: 'Pedersen', names: [] }),
      en,
      'Geir Pedersen',
    ],
    ['of two Arabic names the fuller wins', stored(person({})), person({ name: 'غير بيدرسن' }), ar, 'غير بيدرسن'],
    [
      'of two names as long, the smaller text',
      stored(person({ name: 'Pedersen B' }), en),
      person({ name: 'Pedersen A' }),
      en,
      'Pedersen A',
    ],
    ['a blank name is ignored', stored(person({})), person({ name: ' ' }), en, 'بيدرسن'],
    [
      'an English-tagged name from an Arabic article counts as English',
      stored(person({})),
      person({ name: 'Geir Pedersen', names: [{ lang: 'en', value: 'Geir Pedersen' }] }),
      ar,
      'Geir Pedersen',
    ],
  ])('%s', (_name, before, fact, article, name) => {
    expect(mergeActor(before, fact, article).name).toBe(name);
  });

  it.each<[string, ActorState, ActorFact, typeof ar, string | null]>([
    ['a later title replaces', stored(person({ title: 'old' })), person({ title: 'new' }), en, 'new'],
    ['an earlier title does not', stored(person({ title: 'new' }), en), person({ title: 'old' }), ar, 'new'],
    [
      'the same day: the longer title, written first',
      stored(person({ title: 'bb' })),
      person({ title: 'a' }),
      ar,
      'bb',
    ],
    [
      'the same day: the longer title, written second',
      stored(person({ title: 'a' })),
      person({ title: 'bb' }),
      ar,
      'bb',
    ],
    ['the same day and length: the smaller text', stored(person({ title: 'b' })), person({ title: 'a' }), ar, 'a'],
    ['no title never erases one', stored(person({ title: 'kept' })), person({ title: null }), en, 'kept'],
  ])('title: %s', (_name, before, fact, article, title) => {
    expect(mergeActor(before, fact, article).title).toBe(title);
  });

  it('keeps the smallest kind, iso3 and affiliation whichever is written first, and unions names', () => {
    const merged = mergeActor(
      stored(person({ affiliationId: 'UN', aliases: ['ب'] })),
      person({
        kind: 'STATE',
        affiliationId: 'NOR',
        iso3: 'NOR',
        aliases: ['a', 'ب'],
        names: [{ lang: 'en', value: 'Pedersen' }],
      }),
      en,
    );
    expect([merged.kind, merged.affiliationId, merged.iso3, merged.aliases]).toEqual([
      'PERSON',
      'NOR',
      'NOR',
      ['a', 'ب'],
    ]);
    const reversed = mergeActor(
      stored(person({ kind: 'STATE', affiliationId: 'NOR', iso3: 'NOR', names: [] }), en),
      person({ affiliationId: 'UN' }),
      ar,
    );
    expect([reversed.kind, reversed.affiliationId, reversed.iso3]).toEqual(['PERSON', 'NOR', 'NOR']);
    expect(merged.names).toEqual([
      { lang: 'ar', value: 'بيدرسن' },
      { lang: 'en', value: 'Pedersen' },
    ]);
  });

  it('names the language of a name from its names entry, else the article', () => {
    expect(nameLanguage(person({ name: 'بيدَرسن' }), 'en')).toBe('ar');
    expect(nameLanguage(person({ name: 'Pedersen' }), 'fr')).toBe('fr');
  });

  it('keys an actor by every folded name once', () => {
    expect(actorKeys(person({ aliases: ['بيدرسن', 'PEDERSEN', 'Pedersen'] }))).toEqual(['pedersen', 'بيدرسن']);
  });
});

describe('mergeMeeting and unionEvidence', () => {
  const meeting = (change: Partial<MeetingFact>): MeetingFact => ({
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
    evidence: [],
    ...change,
  });

  it('fills what is missing and never overwrites a known value', () => {
    const first = mergeMeeting(null, meeting({ startDate: '2023-06-20', status: 'HELD' }));
    const merged = mergeMeeting(
      first,
      meeting({ startDate: '2023-06-19', endDate: '2023-06-21', round: 20, status: 'PLANNED' }),
    );
    expect(merged).toMatchObject({ startDate: '2023-06-20', endDate: '2023-06-21', round: 20, status: 'HELD' });
  });

  it('deduplicates evidence by article and span and sorts it', () => {
    const e = (articleId: string, start: number, text = 'x') => ({ articleId, start, end: start + 1, text });
    expect(unionEvidence([e('b', 5), e('a', 9)], [e('a', 9, 'other text'), e('a', 1)])).toEqual([
      e('a', 1),
      e('a', 9),
      e('b', 5),
    ]);
  });
});

// The unions hand back the stored list itself when the fact adds nothing: the answer must be what a fresh union gives.
describe('unions of stored and incoming lists', () => {
  const freshAliases = (a: readonly string[], b: readonly string[]): string[] =>
    [...new Set([...a, ...b])].sort(compareText);
  it.each<[string, string[], string[]]>([
    ['nothing new', ['Lavrentiev', 'Лаврентьев', 'لافرنتييف'], ['لافرنتييف', 'Lavrentiev']],
    ['one new alias', ['Lavrentiev', 'لافرنتييف'], ['Лаврентьев']],
    ['a stored list out of order', ['لافرنتييف', 'Lavrentiev'], ['Lavrentiev']],
    ['a stored list with a repeat', ['Lavrentiev', 'Lavrentiev'], []],
    ['nothing stored', [], ['Onal', 'أونال']],
    ['nothing incoming', ['Onal', 'أونال'], []],
  ])('aliases: %s', (_what, stored, incoming) => {
    const expected = freshAliases(stored, incoming);
    expect(unionAliases(stored, incoming)).toEqual(expected);
    // Asked again (the sets are kept per list), the answer is the same.
    expect(unionAliases(stored, incoming)).toEqual(expected);
  });

  const n = (lang: string, value: string): LocalizedName => ({ lang, value });
  it.each<[string, LocalizedName[], LocalizedName[]]>([
    ['nothing new', [n('ar', 'إيران'), n('en', 'Iran'), n('fa', 'ایران')], [n('en', 'Iran')]],
    ['a new language', [n('ar', 'إيران'), n('en', 'Iran')], [n('tr', 'İran')]],
    ['the same value in another language', [n('en', 'Iran')], [n('fr', 'Iran')]],
    ['a stored list out of order', [n('en', 'Iran'), n('ar', 'إيران')], [n('en', 'Iran')]],
    ['stored names with their fields in another order', [{ value: 'Iran', lang: 'en' }], [n('en', 'Iran')]],
    ['a stored name with another field', [{ ...n('en', 'Iran'), note: 'x' } as LocalizedName], [n('en', 'Iran')]],
  ])('names: %s', (_what, stored, incoming) => {
    const fresh = [
      ...new Map([...stored, ...incoming].map((x) => [`${x.lang}|${x.value}`, n(x.lang, x.value)])).values(),
    ];
    const expected = fresh.sort((x, y) => compareText(x.lang, y.lang) || compareText(x.value, y.value));
    // As JSON: the stores write the list as JSON, field order included.
    expect(JSON.stringify(unionNames(stored, incoming))).toBe(JSON.stringify(expected));
  });
});
