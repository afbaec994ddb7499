// Delta validation shared by the stores (src/store/validate.ts): one row per kind of bad value.
import { describe, expect, it } from 'vitest';
import type { ArticleDelta } from '../../src/domain.js';
import { validateDelta } from '../../src/store/validate.js';
import { arabicRound20, must } from '../fixtures/deltas.js';

type Breaker = (d: ArticleDelta) => void;
const first = <T>(list: T[]): T => must(list[0]);

describe('validateDelta', () => {
  it('accepts every fixture as written', () => {
    expect(() => {
      validateDelta(arabicRound20());
    }).not.toThrow();
  });

  it.each<[string, Breaker, RegExp]>([
    ['publishedAt', (d) => (d.article.publishedAt = '2023-6-21'), /publishedAt "2023-6-21"/],
    ['actor kind', (d) => (first(d.actors).kind = 'CITY' as 'STATE'), /kind "CITY"/],
    ['actor id', (d) => (first(d.actors).id = ' '), /actor: missing id/],
    ['meeting status', (d) => (first(d.meetings).status = 'DONE' as 'HELD'), /status "DONE"/],
    ['meeting round', (d) => (first(d.meetings).round = 20.5), /round 20.5/],
    ['meeting date', (d) => (first(d.meetings).endDate = '2023-13-01'), /endDate "2023-13-01"/],
    ['meeting window', (d) => (first(d.meetings).windowStart = 'soon'), /windowStart "soon"/],
    ['participation role', (d) => (first(d.participations).role = 'FAN' as 'HOST'), /role "FAN"/],
    ['statement kind', (d) => (first(d.statements).kind = 'RUMOUR' as 'QUOTE'), /kind "RUMOUR"/],
    ['statement date', (d) => (first(d.statements).date = '21 June'), /date "21 June"/],
    ['negative offset', (d) => (first(first(d.meetings).evidence).start = -1), /offsets -1\.\./],
    ['reversed span', (d) => (first(first(d.statements).evidence).end = 0), /is not a span|offsets/],
  ])('refuses a bad %s', (_name, breakIt, message) => {
    const delta = arabicRound20();
    breakIt(delta);
    expect(() => {
      validateDelta(delta);
    }).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) as string }));
  });
});
