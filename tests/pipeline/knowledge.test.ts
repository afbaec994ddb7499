// Knowledge is an argument: a test hands the pipeline a small knowledge set of its own, and malformed knowledge
// (a misspelt cue, a role that does not exist) fails at load with the file and field named.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { RawKnowledge } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { article } from './article.js';

/** A made-up world: one language with a handful of words, one organization and one person. */
function small(): RawKnowledge {
  return {
    lexicons: [
      {
        source: 'test/en.json',
        data: {
          lang: 'en',
          verbFirst: false,
          digitsBeforeNounCount: false,
          cues: { speech: ['said'], title: ['envoy'], content: ['that'] },
          values: {},
        },
      },
    ],
    states: [],
    actors: [
      { id: 'ORG-X', kind: 'ORGANIZATION', name: 'Orgland Union', names: { en: 'Orgland Union' }, aliases: [] },
      {
        id: 'ada-quill',
        kind: 'PERSON',
        name: 'Ada Quill',
        names: { en: 'Ada Quill' },
        aliases: ['Ada Quill'],
        affiliation: 'ORG-X',
      },
    ],
    places: [],
    series: [],
    countryNames: {},
  };
}

describe('a knowledge set of the test’s own', () => {
  it('is what the pipeline extracts with', () => {
    const knowledge = parseKnowledge(small());
    const { facts } = extractFacts(article('Ada Quill said that the talks were useful.', 'en'), knowledge);
    expect(facts.statements.map((s) => s.speakerId)).toEqual(['ada-quill']);
    expect(facts.actors.map((a) => a.id)).toEqual(['ada-quill', 'ORG-X']);
  });
});

/** A series with one calendar row, for the calendar's checks. */
const calendarSeries = (row: object): object => ({
  id: 'x',
  name: 'X',
  names: {},
  nouns: {},
  numbers: [],
  members: [],
  calendar: [row],
});

describe('parseKnowledge', () => {
  const broken = (change: (k: RawKnowledge) => void): (() => unknown) => {
    const k = small();
    change(k);
    return () => parseKnowledge(k);
  };

  it.each([
    [
      'a misspelt cue',
      (k: RawKnowledge) => ((k.lexicons[0]?.data as { cues: Record<string, string[]> }).cues.speach = ['said']),
      /test\/en\.json\.cues\.speach: "speach" is not one of/,
    ],
    [
      'a cue that is not a list of phrases',
      (k: RawKnowledge) => ((k.lexicons[0]?.data as { cues: Record<string, unknown> }).cues.title = 'envoy'),
      /test\/en\.json\.cues\.title: expected an array/,
    ],
    [
      'a role on an actor (roles belong to series membership)',
      (k: RawKnowledge) => ((k.actors as object[])[0] = { ...(k.actors as object[])[0], role: 'OBSERVER' }),
      /gazetteer\/actors\.json\[0\]\.role: a role belongs to a series membership/,
    ],
    [
      'an unknown role of a series member',
      (k: RawKnowledge) =>
        (k.series = [
          { id: 'x', name: 'X', names: {}, nouns: {}, numbers: [], members: [{ actor: 'ORG-X', role: 'SPONSOR' }] },
        ]),
      /gazetteer\/series\.json\[0\]\.members\[0\]\.role: "SPONSOR" is not one of/,
    ],
    [
      'an unknown way of numbering',
      (k: RawKnowledge) =>
        (k.series = [{ id: 'x', name: 'X', names: {}, nouns: {}, numbers: ['hexadecimal'], members: [] }]),
      /gazetteer\/series\.json\[0\]\.numbers\[0\]: "hexadecimal" is not one of/,
    ],
    [
      'a calendar row without its source',
      (k: RawKnowledge) => (k.series = [calendarSeries({ round: 2, start: '2021-03-04' })]),
      /gazetteer\/series\.json\[0\]\.calendar\[0\]\.source: expected a non-empty string/,
    ],
    [
      'a calendar day that is no ISO day',
      (k: RawKnowledge) => (k.series = [calendarSeries({ round: 2, start: '4 March 2021', source: 'https://x.test' })]),
      /calendar\[0\]\.start: expected a day as YYYY-MM-DD/,
    ],
    [
      'a calendar meeting that ends before it starts',
      (k: RawKnowledge) =>
        (k.series = [calendarSeries({ round: 2, start: '2021-03-04', end: '2021-03-01', source: 'https://x.test' })]),
      /calendar\[0\]\.end: is before start/,
    ],
    [
      'a cancelled calendar meeting without the day it was called off',
      (k: RawKnowledge) => (k.series = [calendarSeries({ round: 2, status: 'CANCELLED', source: 'https://x.test' })]),
      /calendar\[0\]\.cancelled: a CANCELLED row gives the day/,
    ],
    [
      'a calendar place that places.json does not know',
      (k: RawKnowledge) => (k.series = [calendarSeries({ round: 2, place: 'atlantis', source: 'https://x.test' })]),
      /calendar\[0\]\.place: "atlantis" is not a place id/,
    ],
    [
      'a row without its id',
      (k: RawKnowledge) => ((k.actors as object[])[1] = { ...(k.actors as object[])[1], id: undefined }),
      /gazetteer\/actors\.json\[1\]\.id: expected a non-empty string/,
    ],
  ])('rejects %s, naming file and field', (_label, change, message) => {
    expect(broken(change)).toThrow(message);
  });

  it('accepts the shipped seed knowledge', async () => {
    const { readSeedFiles } = await import('../../src/seed.js');
    const k = parseKnowledge(readSeedFiles());
    expect(Object.keys(k.lexicons)).toContain('ar');
  });
});
