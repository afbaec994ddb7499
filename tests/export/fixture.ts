// A small graph dump for the export tests: every record type, parallel roles, nulls, strings that need escaping.
import type { GraphDump } from '../../src/store/port.js';

const ev = (
  articleId: string,
  text: string,
  start: number,
): { articleId: string; text: string; start: number; end: number } => ({
  articleId,
  text,
  start,
  end: start + text.length,
});
export const TRICKY = `He said: "it's over" \\ <b>&amp;</b>\nnext line\ttab \u0001 — انتهى`;

/** A small graph touching every record type, parallel roles, nulls, and strings that need escaping. */
export const DUMP: GraphDump = {
  articles: [
    {
      id: 'a1',
      url: 'https://x.example/1?a=1&b=2',
      title: 'Astana 20 "ends"',
      source: 'X',
      publishedAt: '2023-06-21',
      language: 'en',
      text: `Astana 20 ended. ${TRICKY}`,
      contentHash: 'h1',
    },
    {
      id: 'a2',
      url: null,
      title: null,
      source: null,
      publishedAt: '2023-06-22',
      language: 'ar',
      text: 'انتهت الجولة',
      contentHash: 'h2',
    },
  ],
  actors: [
    {
      id: 'KAZ',
      kind: 'STATE',
      name: 'Kazakhstan',
      names: [{ lang: 'ar', value: 'كازاخستان' }],
      aliases: ['Kazakhstan', 'كازاخستان'],
      iso3: 'KAZ',
      title: null,
      affiliationId: null,
    },
    {
      id: 'RUS',
      kind: 'STATE',
      name: 'Russia',
      names: [
        { lang: 'en', value: 'Russia' },
        { lang: 'ar', value: 'روسيا' },
      ],
      aliases: [],
      iso3: 'RUS',
      title: null,
      affiliationId: null,
    },
    {
      id: 'alexander-lavrentiev',
      kind: 'PERSON',
      name: 'Alexander Lavrentiev',
      names: [],
      aliases: ["Lavrentiev's"],
      iso3: null,
      title: 'Special Envoy',
      affiliationId: 'RUS',
    },
  ],
  series: [{ id: 'astana', name: 'Astana format', aliases: ['Astana', 'أستانة', 'Nur-Sultan'] }],
  places: [{ id: 'astana', name: 'Astana', names: [{ lang: 'ru', value: 'Астана' }], countryId: 'KAZ' }],
  meetings: [
    {
      id: 'astana-20',
      name: 'Astana 20',
      seriesId: 'astana',
      round: 20,
      status: 'HELD',
      startDate: '2023-06-20',
      endDate: '2023-06-21',
      windowStart: null,
      windowEnd: null,
      placeId: 'astana',
      evidence: [ev('a1', 'the twentieth round', 4)],
    },
    {
      id: 'astana-21',
      name: 'Astana 21',
      seriesId: 'astana',
      round: 21,
      status: 'PLANNED',
      startDate: null,
      endDate: null,
      windowStart: '2023-07-01',
      windowEnd: '2023-12-31',
      placeId: null,
      evidence: [ev('a2', 'النصف الثاني', 10)],
    },
  ],
  participations: [
    {
      id: 'astana-20|KAZ|HOST',
      meetingId: 'astana-20',
      actorId: 'KAZ',
      role: 'HOST',
      representingId: null,
      evidence: [ev('a1', 'hosted', 40)],
    },
    {
      id: 'astana-20|KAZ|MEDIATOR',
      meetingId: 'astana-20',
      actorId: 'KAZ',
      role: 'MEDIATOR',
      representingId: null,
      evidence: [ev('a1', 'mediator', 60)],
    },
    {
      id: 'astana-20|RUS|GUARANTOR',
      meetingId: 'astana-20',
      actorId: 'RUS',
      role: 'GUARANTOR',
      representingId: null,
      evidence: [ev('a1', 'guarantor', 80)],
    },
    {
      id: 'astana-20|alexander-lavrentiev|PARTICIPANT',
      meetingId: 'astana-20',
      actorId: 'alexander-lavrentiev',
      role: 'PARTICIPANT',
      representingId: 'RUS',
      evidence: [ev('a1', 'Lavrentiev', 100), ev('a2', 'لافرنتييف', 5)],
    },
  ],
  statements: [
    {
      id: 's1',
      speakerId: 'alexander-lavrentiev',
      kind: 'QUOTE',
      text: TRICKY,
      date: '2023-06-21',
      meetingId: 'astana-20',
      language: 'en',
      evidence: [ev('a1', TRICKY, 120)],
      articleId: 'a1',
    },
    {
      id: 's2',
      speakerId: 'RUS',
      kind: 'REPORTED',
      text: 'تستضيف',
      date: null,
      meetingId: null,
      language: 'ar',
      evidence: [ev('a2', 'تستضيف', 30)],
      articleId: 'a2',
    },
  ],
};
export const NODES = 2 + 3 + 1 + 1 + 2 + 2; // articles, actors, series, places, meetings, statements
// affiliation 1, place country 1, meeting series 2, meeting place 1, participations 4, said 2, about 1, from article 2
export const EDGES = 1 + 1 + 2 + 1 + 4 + 2 + 1 + 2;
