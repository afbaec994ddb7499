// The contract's queries, case by case, against the fixtures of tests/fixtures/deltas.ts (Astana rounds 20 and 21
// in Arabic and English, a cancelled report, a quartet meeting). Names are asked for in both languages.
import { describe, expect, it } from 'vitest';
import { LAVRENTIEV } from '../fixtures/deltas.js';
import type { ApiHandle } from './suite.js';

interface Ev {
  article: { id: string };
  text: string;
  start: number;
  end: number;
}
type Ids = { id: string }[];

export function defineQueryCases(h: ApiHandle): void {
  const ids = (list: Ids): string[] => list.map((x) => x.id);
  /** Evidence must be verbatim: the span at its offsets in the article's text is its text. */
  const expectVerbatim = (evidence: Ev[]): void => {
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(h.texts.get(e.article.id)?.slice(e.start, e.end)).toBe(e.text);
  };

  describe('series and meetings', () => {
    it('lists the series with its meetings ordered by round', async () => {
      const { series } = await h.client.data<{
        series: { id: string; name: string; aliases: string[]; meetings: Ids }[];
      }>('{ series { id name aliases meetings { id } } }');
      expect(series.map((s) => [s.id, ids(s.meetings)])).toEqual([['astana', ['astana-20', 'astana-21']]]);
      expect(series[0]?.aliases).toEqual(expect.arrayContaining(['أستانة']));
    });

    it.each(['astana', 'Astana', 'أستانة', 'استانة', 'صيغة أستانة'])('finds the series by "%s"', async (name) => {
      const { meetings } = await h.client.data<{ meetings: Ids }>('query($s: String) { meetings(series: $s) { id } }', {
        s: name,
      });
      expect(ids(meetings)).toEqual(['astana-20', 'astana-21']);
    });

    it.each([
      ['round', { round: 20 }, ['astana-20']],
      ['from', { from: '2024-01-01' }, ['astana-21']],
      ['to', { to: '2023-06-01' }, ['quartet-2023-05-10']],
      ['from and to', { from: '2023-06-01', to: '2023-06-30' }, ['astana-20']],
      ['attendee by id', { attendee: LAVRENTIEV }, ['astana-20', 'astana-21']],
      ['attendee by Arabic name', { attendee: 'لافرنتييف' }, ['astana-20', 'astana-21']],
      ['attendee by English name', { attendee: 'Alexander Lavrentiev' }, ['astana-20', 'astana-21']],
      ['attendee and series', { attendee: 'تركيا', series: 'astana' }, ['astana-20']],
      ['an unknown series', { series: 'minsk' }, []],
    ])('filters meetings by %s', async (_label, vars, expected) => {
      const { meetings } = await h.client.data<{ meetings: Ids }>(
        `query($series: String, $round: Int, $from: Date, $to: Date, $attendee: String) {
          meetings(series: $series, round: $round, from: $from, to: $to, attendee: $attendee) { id }
        }`,
        vars,
      );
      expect(ids(meetings)).toEqual(expected);
    });

    it('answers a meeting with its series, place, dates, status, evidence and sources', async () => {
      const { meeting } = await h.client.data<{
        meeting: Record<string, unknown> & { evidence: Ev[]; statements: unknown[] };
      }>(`{
        meeting(id: "astana-20") {
          id name round status startDate endDate windowStart windowEnd
          series { id } location { id name names { lang value } country { id } }
          sources { id } evidence { article { id } text start end }
          statements { id speaker { id } }
        }
      }`);
      expect(meeting).toMatchObject({
        id: 'astana-20',
        round: 20,
        status: 'HELD',
        startDate: '2023-06-20',
        endDate: '2023-06-21',
        series: { id: 'astana' },
        location: { id: 'astana-city', country: { id: 'KAZ' } },
        sources: [{ id: 'ar-20' }, { id: 'en-20' }],
      });
      expect(meeting.location).toMatchObject({
        names: expect.arrayContaining([
          { lang: 'ar', value: 'أستانة' },
          { lang: 'en', value: 'Astana' },
        ]) as unknown,
      });
      expect(meeting.statements).toHaveLength(2);
      expect(meeting.statements).toEqual(
        expect.arrayContaining([{ id: expect.any(String) as unknown, speaker: { id: LAVRENTIEV } }]),
      );
      expectVerbatim(meeting.evidence);
    });

    it('lets a held report outrank a cancellation and the earlier plan', async () => {
      const { meeting } = await h.client.data<{ meeting: Record<string, unknown> }>(
        '{ meeting(id: "astana-21") { status startDate endDate windowStart windowEnd } }',
      );
      expect(meeting).toMatchObject({ status: 'HELD', startDate: '2024-01-24', endDate: '2024-01-25' });
    });

    it('counts participants, statements, sources and meetings without listing them', async () => {
      const data = await h.client.data<{ meeting: Record<string, number>; series: { meetingCount: number }[] }>(
        '{ meeting(id: "astana-20") { participantCount statementCount sourceCount } series { meetingCount } }',
      );
      expect(data).toEqual({
        meeting: { participantCount: 5, statementCount: 2, sourceCount: 2 },
        series: [{ meetingCount: 2 }],
      });
    });

    it('answers null for an unknown meeting', async () => {
      expect(await h.client.data('{ meeting(id: "astana-99") { id } }')).toEqual({ meeting: null });
    });

    it.each([
      ['role: GUARANTOR', ['IRN', 'RUS', 'TUR']],
      ['role: HOST', ['KAZ']],
      ['kind: PERSON', [LAVRENTIEV]],
      ['role: OBSERVER', []],
    ])('filters participants by %s', async (filter, expected) => {
      const { meeting } = await h.client.data<{ meeting: { participants: { actor: { id: string } }[] } }>(
        `{ meeting(id: "astana-20") { participants(${filter}) { actor { id } } } }`,
      );
      expect(meeting.participants.map((p) => p.actor.id).sort()).toEqual(expected);
    });

    it('gives each participation its role, whom a person represents, and verbatim evidence', async () => {
      const { meeting } = await h.client.data<{
        meeting: {
          participants: {
            role: string;
            meeting: { id: string };
            representing: { id: string } | null;
            evidence: Ev[];
          }[];
        };
      }>(`{ meeting(id: "astana-20") { participants(kind: PERSON) {
        role meeting { id } representing { id } evidence { article { id } text start end } } } }`);
      const [person] = meeting.participants;
      expect(person).toMatchObject({ role: 'PARTICIPANT', meeting: { id: 'astana-20' }, representing: { id: 'RUS' } });
      expectVerbatim(person?.evidence ?? []);
    });

    it('pages a list with first/after and refuses an unknown cursor', async () => {
      const q = 'query($after: String) { meetings(series: "astana", first: 1, after: $after) { id } }';
      expect(ids((await h.client.data<{ meetings: Ids }>(q)).meetings)).toEqual(['astana-20']);
      expect(ids((await h.client.data<{ meetings: Ids }>(q, { after: 'astana-20' })).meetings)).toEqual(['astana-21']);
      const bad = await h.client.gql(q, { after: 'nope' });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('actors', () => {
    const ACTOR = `query($id: ID, $name: String) { actor(id: $id, name: $name) {
      id kind name iso3 title names { lang value } aliases affiliation { id }
      participations { meeting { id } role } statements { id } participationCount statementCount
    } }`;
    type ActorData = { actor: (Record<string, unknown> & { names: { lang: string }[]; aliases: string[] }) | null };

    it.each([
      [{ id: LAVRENTIEV }],
      [{ name: 'لافرنتييف' }],
      [{ name: 'Lavrentiev' }],
      [{ name: 'ألكسندر لافرنتييف' }],
      [{ name: 'alexander LAVRENTIEV' }],
    ])('finds the same person by %j', async (vars) => {
      const { actor } = await h.client.data<ActorData>(ACTOR, vars);
      expect(actor).toMatchObject({ id: LAVRENTIEV, kind: 'PERSON', iso3: null, affiliation: { id: 'RUS' } });
      expect(typeof actor?.title).toBe('string');
      expect(actor?.names.map((n) => n.lang).sort()).toEqual(['ar', 'en']);
      expect(actor?.aliases).toEqual(expect.arrayContaining(['لافرنتييف', 'Lavrentiev']));
      expect(actor?.participations).toEqual([
        { meeting: { id: 'astana-20' }, role: 'PARTICIPANT' },
        { meeting: { id: 'astana-21' }, role: 'PARTICIPANT' },
      ]);
      expect(actor?.statements).toHaveLength(4);
      expect(actor).toMatchObject({ participationCount: 2, statementCount: 4 });
    });

    it('answers a state with its ISO3 code', async () => {
      const { actor } = await h.client.data<ActorData>(ACTOR, { name: 'روسيا' });
      expect(actor).toMatchObject({ id: 'RUS', kind: 'STATE', iso3: 'RUS', affiliation: null });
    });

    it.each([[{ id: 'nobody' }], [{ name: 'Nobody Atall' }]])('answers null for an unknown actor %j', async (vars) => {
      expect(await h.client.data(ACTOR, vars)).toEqual({ actor: null });
    });

    it('refuses actor() without id or name (BAD_USER_INPUT)', async () => {
      const res = await h.client.gql('{ actor { id } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['kind: STATE', ['IRN', 'KAZ', 'RUS', 'TUR']],
      ['kind: PERSON', [LAVRENTIEV]],
      ['search: "لافرنت"', [LAVRENTIEV]],
      ['search: "turk"', ['TUR']],
      ['kind: ORGANIZATION', []],
    ])('lists actors by %s', async (args, expected) => {
      const { actors } = await h.client.data<{ actors: Ids }>(`{ actors(${args}) { id } }`);
      expect(ids(actors)).toEqual(expected);
    });
  });

  describe('statements and articles', () => {
    const STATEMENTS = `query($speaker: String, $meeting: ID, $from: Date, $to: Date, $search: String) {
      statements(speaker: $speaker, meeting: $meeting, from: $from, to: $to, search: $search) { id } }`;

    it.each([
      ['speaker in Arabic', { speaker: 'لافرنتييف' }, 4],
      ['speaker in English', { speaker: 'Lavrentiev' }, 4],
      ['meeting', { meeting: 'astana-21' }, 2],
      ['from', { from: '2024-01-01' }, 1],
      ['to', { to: '2023-06-30' }, 3],
      ['full-text search in English', { search: 'mechanism' }, 1],
      ['full-text search in Arabic', { search: 'الاستقرار' }, 1],
      ['an unknown speaker', { speaker: 'Nobody Atall' }, 0],
    ])('filters statements by %s', async (_label, vars, count) => {
      const { statements } = await h.client.data<{ statements: Ids }>(STATEMENTS, vars);
      expect(statements).toHaveLength(count);
    });

    it('answers a statement with speaker, kind, text, date, meeting, language, article and verbatim evidence', async () => {
      const { statements } = await h.client.data<{ statements: (Record<string, unknown> & { evidence: Ev[] })[] }>(`{
        statements(search: "mechanism") {
          id kind text date language speaker { id } meeting { id round } article { id language }
          evidence { article { id } text start end }
        }
      }`);
      const [s] = statements;
      expect(s).toMatchObject({
        kind: 'REPORTED',
        text: 'the Astana format remained the only working mechanism for Syria',
        date: '2023-06-21',
        language: 'en',
        speaker: { id: LAVRENTIEV },
        meeting: { id: 'astana-20', round: 20 },
        article: { id: 'en-20', language: 'en' },
      });
      expectVerbatim(s?.evidence ?? []);
    });

    it('lists articles with their metadata, statements and meetings', async () => {
      const { articles } = await h.client.data<{ articles: (Ids[number] & Record<string, unknown>)[] }>(
        '{ articles { id url title source publishedAt language statements { id } meetings { id } } }',
      );
      expect(ids(articles)).toEqual(['ar-20', 'ar-21', 'en-20', 'en-21', 'en-quartet']);
      expect(articles[0]).toMatchObject({
        url: 'https://example.org/ar/astana-20',
        publishedAt: '2023-06-21',
        language: 'ar',
        statements: [expect.anything(), expect.anything()],
        meetings: [{ id: 'astana-20' }, { id: 'astana-21' }],
      });
    });

    it('counts the graph', async () => {
      const { counts } = await h.client.data<{ counts: Record<string, number> }>(
        '{ counts { articles actors series places meetings participations statements } }',
      );
      expect(counts).toEqual({
        articles: 5,
        actors: 5,
        series: 1,
        places: 1,
        meetings: 3,
        participations: 9,
        statements: 4,
      });
    });
  });

  describe('attendance', () => {
    type Matrix = {
      series: { id: string };
      rounds: { round: number }[];
      actors: { id: string; kind: string }[];
      cells: {
        round: number;
        meeting: { id: string };
        actor: { id: string };
        roles: string[];
        participations: { role: string }[];
      }[];
    };
    const ATTENDANCE = `query($s: String!) { attendance(series: $s) {
      series { id } rounds { round } actors { id kind }
      cells { round meeting { id } actor { id } roles participations { role } }
    } }`;

    it.each(['astana', 'أستانة'])('builds the rounds × actors matrix of "%s"', async (name) => {
      const { attendance } = await h.client.data<{ attendance: Matrix }>(ATTENDANCE, { s: name });
      expect(attendance.series.id).toBe('astana');
      expect(attendance.rounds.map((r) => r.round)).toEqual([20, 21]);
      // States and organizations first, then persons.
      expect(attendance.actors.map((a) => a.kind)).toEqual(['STATE', 'STATE', 'STATE', 'STATE', 'PERSON']);
      expect(new Set(attendance.actors.map((a) => a.id))).toEqual(new Set(['IRN', 'KAZ', 'RUS', 'TUR', LAVRENTIEV]));
      const cell = (round: number, actor: string) =>
        attendance.cells.find((c) => c.round === round && c.actor.id === actor)?.roles ?? null;
      expect(cell(20, 'RUS')).toEqual(['GUARANTOR']);
      expect(cell(20, 'KAZ')).toEqual(['HOST']);
      expect(cell(21, 'KAZ')).toEqual(['HOST']);
      expect(cell(21, 'TUR')).toBeNull();
      expect(cell(21, LAVRENTIEV)).toEqual(['PARTICIPANT']);
      expect(attendance.cells).toHaveLength(7);
      for (const c of attendance.cells) expect(c.meeting.id).toBe(`astana-${c.round}`);
    });

    it('answers null for an unknown series', async () => {
      expect(await h.client.data(ATTENDANCE, { s: 'minsk' })).toEqual({ attendance: null });
    });
  });
}
