// Store contract, part three: name resolution, filters, batch reads and Arabic-aware statement search.
// Called by defineStoreContract only; every test starts from all fixtures written.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingFilter, ParticipationFilter, StatementFilter } from '../../src/store/port.js';
import { allDeltas, arabicRound20, englishRound20, englishRound21, LAVRENTIEV, must } from '../fixtures/deltas.js';
import type { StoreHandle } from './contract.js';

const [AR_STABILITY, AR_NEXT] = arabicRound20().statements.map((s) => s.id) as [string, string];
const EN_20 = must(englishRound20().statements[0]).id;
const EN_21 = must(englishRound21().statements[0]).id;
/** Statements are ordered by (date, id): these three share 2023-06-21. */
const JUNE_21 = [AR_STABILITY, AR_NEXT, EN_20].sort();

export function defineLookupContract(h: StoreHandle): void {
  describe('lookups', () => {
    beforeEach(async () => {
      await h.writeAll(allDeltas());
    });

    it.each([
      LAVRENTIEV,
      'لافرنتييف',
      'Lavrentiev',
      'LAVRENTIEV',
      'alexander   lavrentiev',
      'الكسندر لافرنتييف', // bare alef for hamza-alef
      'ألكسَنْدر لافْرَنْتِييف', // with diacritics
      'Lavréntiev',
    ])('resolves the person from %s', async (query) => {
      expect(await h.store.resolveActor(query)).toEqual([LAVRENTIEV]);
    });

    it.each([
      ['Russia', ['RUS']],
      ['روسيا', ['RUS']],
      ['KAZ', ['KAZ']],
      ['nobody at all', []],
      ['', []],
      ['rus', []], // ids are exact; names are whole-name matches
    ])('resolves actor %j to %j', async (query, ids) => {
      expect(await h.store.resolveActor(query)).toEqual(ids);
    });

    it('answers every actor that shares an ambiguous name, sorted by id', async () => {
      const delta = englishRound20();
      const namesake = {
        ...must(delta.actors[0]),
        id: 'a-lavrentiev',
        name: 'A. Lavrentiev',
        names: [],
        aliases: ['Lavrentiev'],
      };
      await h.store.writeArticle({
        ...delta,
        article: { ...delta.article, id: 'en-namesake', url: null, contentHash: 'namesake' },
        actors: [namesake],
        series: [],
        places: [],
        meetings: [],
        participations: [],
        statements: [],
      });
      expect(await h.store.resolveActor('lavrentiev')).toEqual(['a-lavrentiev', LAVRENTIEV]);
      expect(await h.store.resolveActor('a-lavrentiev')).toEqual(['a-lavrentiev']);
    });

    it.each([
      ['astana', 'astana'],
      ['أستانة', 'astana'],
      ['استانه', 'astana'],
      ['Astana', 'astana'],
      ['ASTANA FORMAT', 'astana'],
      ['صيغة أستانة', 'astana'],
      ['Geneva', null],
    ])('resolves series %s to %s', async (query, id) => {
      expect(await h.store.resolveSeries(query)).toBe(id);
    });

    it.each([
      [{}, ['IRN', 'KAZ', 'RUS', 'TUR', LAVRENTIEV]],
      [{ kind: 'STATE' as const }, ['IRN', 'KAZ', 'RUS', 'TUR']],
      [{ search: 'lavren' }, [LAVRENTIEV]],
      [{ search: 'لافرن' }, [LAVRENTIEV]],
      [{ search: 'روسي' }, ['RUS']],
      [{ search: 'KAZAKH' }, ['KAZ']],
      [{ kind: 'PERSON' as const, search: 'russia' }, []],
      [{ search: '%' }, []], // folds to nothing: matches nothing
      [{ search: '  ' }, ['IRN', 'KAZ', 'RUS', 'TUR', LAVRENTIEV]], // blank: no filter
    ])('lists actors %j', async (filter, ids) => {
      expect((await h.store.listActors(filter)).map((a) => a.id)).toEqual(ids);
    });

    it.each<[MeetingFilter, string[]]>([
      [{}, ['astana-20', 'astana-21', 'quartet-2023-05-10']],
      [{ series: 'astana' }, ['astana-20', 'astana-21']],
      [{ series: 'أستانة' }, ['astana-20', 'astana-21']],
      [{ series: 'Geneva' }, []],
      [{ round: 21 }, ['astana-21']],
      [{ series: 'Astana', round: 20 }, ['astana-20']],
      [{ from: '2023-06-21', to: '2023-06-21' }, ['astana-20']],
      [{ from: '2023-06-19', to: '2023-06-20' }, ['astana-20']],
      [{ from: '2024-01-01' }, ['astana-21']],
      [{ to: '2023-06-01' }, ['quartet-2023-05-10']],
      [{ from: '2023-06-22', to: '2024-01-23' }, []],
      [{ attendee: 'KAZ' }, ['astana-20', 'astana-21']],
      [{ attendee: 'Turkey' }, ['astana-20', 'quartet-2023-05-10']],
      [{ attendee: 'تركيا', series: 'astana' }, ['astana-20']],
      [{ attendee: 'لافرنتييف' }, ['astana-20', 'astana-21']],
      [{ attendee: 'nobody' }, []],
      [
        { series: null, round: null, from: null, to: null, attendee: null },
        ['astana-20', 'astana-21', 'quartet-2023-05-10'],
      ],
    ])('lists meetings %j', async (filter, ids) => {
      expect((await h.store.listMeetings(filter)).map((m) => m.id)).toEqual(ids);
    });

    // A root list's window (`first` without a cursor) is cut in the store: the answer is the whole list's head.
    const WINDOWS = [0, 1, 2, null, undefined] as const;
    const head = <T>(list: T[], first: number | null | undefined): T[] => list.slice(0, first ?? undefined);
    const idsOf = (list: { id: string }[]): string[] => list.map((x) => x.id);

    it.each<MeetingFilter>([{}, { series: 'astana' }, { attendee: 'Turkey' }, { series: 'nope' }])(
      'reads the first meetings of %j, alone, with their levels and as a tree',
      async (filter) => {
        const all = await h.store.listMeetings(filter);
        const include = { participants: true, actors: true, actorStatements: { limit: 1 } } as const;
        const allWith = await h.store.listMeetingsWith(filter, include);
        const shape = { fields: ['round'], participants: { fields: ['role'], actor: { fields: ['name'] } } } as const;
        const tree = await h.store.meetingTree(filter, shape);
        for (const first of WINDOWS) {
          expect(idsOf(await h.store.listMeetings({ ...filter, first }))).toEqual(idsOf(head(all, first)));
          const cut = await h.store.listMeetingsWith({ ...filter, first }, include);
          expect(cut.meetings).toEqual(head(allWith.meetings, first));
          // (A filter that matches nothing may answer null levels: Neo4j stops before reading them.)
          const levels = allWith.participations;
          expect(cut.participations).toEqual(levels === null ? null : head(levels, first));
          // Only the attendees of the meetings read: none of a meeting after the window.
          const attendees = new Set(cut.participations?.flat().map((p) => p.actorId));
          expect(new Set(cut.actors.map((a) => a.id))).toEqual(attendees);
          expect(await h.store.meetingTree({ ...filter, first }, shape)).toEqual(head(tree, first));
        }
      },
    );

    it.each([{}, { kind: 'STATE' as const }, { search: 'lavrentiev' }])(
      'reads the first actors of %j',
      async (filter) => {
        const all = await h.store.listActors(filter);
        expect(all.length).toBeGreaterThan(0);
        for (const first of WINDOWS)
          expect(idsOf(await h.store.listActors({ ...filter, first }))).toEqual(idsOf(head(all, first)));
      },
    );

    it.each<StatementFilter>([{}, { speaker: 'Lavrentiev' }, { search: 'Astana' }, { meetingId: 'astana-21' }])(
      'reads the first statements of %j',
      async (filter) => {
        const all = await h.store.listStatements(filter);
        expect(all.length).toBeGreaterThan(0);
        for (const first of WINDOWS)
          expect(idsOf(await h.store.listStatements({ ...filter, first }))).toEqual(idsOf(head(all, first)));
      },
    );

    it('reads the first articles', async () => {
      const all = await h.store.listArticles();
      expect(all.length).toBeGreaterThan(2);
      for (const first of WINDOWS) expect(await h.store.listArticles({ first })).toEqual(head(all, first));
    });

    it('reads batches one entry per key, in order, null or [] for unknown keys', async () => {
      const keys = ['astana-21', 'nope', 'astana-20', 'astana-21'];
      expect((await h.store.getMeetings(keys)).map((m) => m?.id ?? null)).toEqual([
        'astana-21',
        null,
        'astana-20',
        'astana-21',
      ]);
      expect((await h.store.getActors(['TUR', 'nope', 'RUS'])).map((a) => a?.id ?? null)).toEqual(['TUR', null, 'RUS']);
      expect((await h.store.getSeries(['nope', 'astana'])).map((s) => s?.id ?? null)).toEqual([null, 'astana']);
      expect((await h.store.getPlaces(['astana-city', 'nope'])).map((p) => p?.id ?? null)).toEqual([
        'astana-city',
        null,
      ]);
      expect((await h.store.getArticles(['en-21', 'nope'])).map((a) => a?.id ?? null)).toEqual(['en-21', null]);
      expect(await h.store.getActors([])).toEqual([]);
      const ids = (lists: { id: string }[][]): string[][] => lists.map((l) => l.map((x) => x.id));
      expect(ids(await h.store.meetingsBySeries(['nope', 'astana']))).toEqual([[], ['astana-20', 'astana-21']]);
      expect(ids(await h.store.statementsByArticles(['en-20', 'nope', 'ar-20']))).toEqual([
        [EN_20],
        [],
        [AR_STABILITY, AR_NEXT],
      ]);
      expect(ids(await h.store.statementsByMeetings(['astana-21', 'quartet-2023-05-10']))).toEqual([
        [AR_NEXT, EN_21],
        [],
      ]);
      expect(ids(await h.store.statementsByActors(['RUS', LAVRENTIEV]))).toEqual([
        [],
        [AR_STABILITY, AR_NEXT, EN_20, EN_21],
      ]);
      // listMeetingsWith answers what the separate reads answer, in one round trip.
      const meetings = await h.store.listMeetings({ series: 'astana' });
      const byMeeting = await h.store.participationsByMeetings(meetings.map((m) => m.id));
      const actorIds = [...new Set(byMeeting.flat().map((p) => p.actorId))].sort();
      const withAll = await h.store.listMeetingsWith(
        { series: 'astana' },
        { participants: true, actors: true, actorStatements: { limit: 1 } },
      );
      expect(withAll.meetings).toEqual(meetings);
      expect(withAll.participations).toEqual(byMeeting);
      const actors = [...withAll.actors].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(actors).toEqual(await h.store.getActors(actorIds));
      expect(withAll.actorStatements).toEqual(
        await h.store.statementsByActors(
          withAll.actors.map((a) => a.id),
          1,
        ),
      );
      const bare = await h.store.listMeetingsWith({ series: 'astana' }, {});
      expect([bare.meetings, bare.participations, bare.actors, bare.actorStatements]).toEqual([
        meetings,
        null,
        [],
        null,
      ]);
      expect((await h.store.listMeetingsWith({ series: 'nope' }, { participants: true })).meetings).toEqual([]);
      // meetingTree: the separate reads' answer cut to the selected properties, actors shared, in one round trip.
      const shape = {
        fields: ['round', 'status', 'startDate'],
        participants: {
          fields: ['role'],
          actor: { fields: ['name', 'names', 'iso3'], statements: { limit: 1, fields: ['text', 'date'] } },
        },
      } as const;
      const said = await h.store.statementsByActors(actorIds, 1);
      const allActors = await h.store.getActors(actorIds);
      const expected = meetings.map((m, i) => ({
        id: m.id,
        round: m.round,
        status: m.status,
        startDate: m.startDate,
        participants: (byMeeting[i] ?? []).map((p) => {
          const a = allActors[actorIds.indexOf(p.actorId)];
          const statements = (said[actorIds.indexOf(p.actorId)] ?? []).map((x) => ({ text: x.text, date: x.date }));
          return { role: p.role, actor: { id: a?.id, name: a?.name, names: a?.names, iso3: a?.iso3, statements } };
        }),
      }));
      const tree = await h.store.meetingTree({ series: 'astana' }, shape);
      expect(tree).toEqual(expected);
      expect(tree.flatMap((m) => m.participants ?? []).length).toBeGreaterThan(1);
      const [first] = tree;
      const lavrentievTwice = tree.flatMap((m) => (m.participants ?? []).filter((p) => p.actor?.id === LAVRENTIEV));
      if (lavrentievTwice.length > 1) expect(lavrentievTwice[0]?.actor).toBe(lavrentievTwice[1]?.actor);
      expect(first?.participants?.[0]).not.toHaveProperty('id');
      expect(await h.store.meetingTree({ series: 'أستانة', round: 21 }, { fields: ['round'] })).toEqual([
        { id: 'astana-21', round: 21 },
      ]);
      expect(await h.store.meetingTree({ series: 'nope' }, shape)).toEqual([]);
      expect(await h.store.meetingTree({ series: 'astana', attendee: 'nobody at all' }, shape)).toEqual([]);
      const attended = await h.store.meetingTree({ attendee: LAVRENTIEV }, { fields: [] });
      expect(attended.map((m) => m.id)).toEqual(
        (await h.store.listMeetings({ attendee: LAVRENTIEV })).map((m) => m.id),
      );
      // A per-key limit cuts each key's list in the store, keeping its order.
      expect(ids(await h.store.statementsByActors(['RUS', LAVRENTIEV], 2))).toEqual([[], [AR_STABILITY, AR_NEXT]]);
      expect(ids(await h.store.statementsByArticles(['ar-20', 'en-20'], 1))).toEqual([[AR_STABILITY], [EN_20]]);
      expect(ids(await h.store.participationsByActors(['KAZ'], 1))).toEqual([['astana-20|KAZ|HOST']]);
      expect(await h.store.countOf('statementsByActor', [LAVRENTIEV, 'RUS', 'nope'])).toEqual([4, 0, 0]);
      expect(await h.store.countOf('statementsByMeeting', ['astana-21', 'quartet-2023-05-10'])).toEqual([2, 0]);
      expect(await h.store.countOf('sourcesByMeeting', ['astana-21', 'quartet-2023-05-10'])).toEqual([3, 1]);
      expect(await h.store.countOf('participationsByActor', ['KAZ'])).toEqual([2]);
      expect(await h.store.countOf('meetingsBySeries', ['astana', 'nope'])).toEqual([2, 0]);
      const [round20] = await h.store.participationsByMeetings(['astana-20']);
      expect(await h.store.countOf('participationsByMeeting', ['astana-20'])).toEqual([must(round20).length]);
      expect(ids(await h.store.participationsByActors(['KAZ', 'nope']))).toEqual([
        ['astana-20|KAZ|HOST', 'astana-21|KAZ|HOST'],
        [],
      ]);
      expect(ids(await h.store.sourcesByMeetings(['astana-21', 'nope', 'quartet-2023-05-10']))).toEqual([
        ['ar-20', 'ar-21', 'en-21'],
        [],
        ['en-quartet'],
      ]);
      expect(ids(await h.store.meetingsByArticles(['ar-21', 'nope', 'ar-20']))).toEqual([
        ['astana-21'],
        [],
        ['astana-20', 'astana-21'],
      ]);
      expect((await h.store.listArticles()).map((a) => a.id)).toEqual([
        'ar-20',
        'ar-21',
        'en-20',
        'en-21',
        'en-quartet',
      ]);
      expect((await h.store.listSeries()).map((s) => s.id)).toEqual(['astana']);
    });

    it.each<[ParticipationFilter | undefined, string[]]>([
      [undefined, ['IRN|GUARANTOR', 'KAZ|HOST', 'RUS|GUARANTOR', 'TUR|GUARANTOR', `${LAVRENTIEV}|PARTICIPANT`]],
      [{ role: 'GUARANTOR' }, ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR']],
      [{ kind: 'PERSON' }, [`${LAVRENTIEV}|PARTICIPANT`]],
      [{ role: 'HOST', kind: 'STATE' }, ['KAZ|HOST']],
      [{ role: 'HOST', kind: 'PERSON' }, []],
      [
        { role: null, kind: null },
        ['IRN|GUARANTOR', 'KAZ|HOST', 'RUS|GUARANTOR', 'TUR|GUARANTOR', `${LAVRENTIEV}|PARTICIPANT`],
      ],
    ])('filters participants of meetings by %j', async (filter, expected) => {
      const [round20, unknown] = await h.store.participationsByMeetings(['astana-20', 'nope'], filter);
      expect(must(round20).map((p) => p.id)).toEqual(expected.map((e) => `astana-20|${e}`));
      expect(unknown).toEqual([]);
    });
  });

  describe('statements', () => {
    beforeEach(async () => {
      await h.writeAll(allDeltas());
    });

    it.each<[string, string[]]>([
      ['الاستقرار', [AR_STABILITY]],
      ['استقرار', [AR_STABILITY]],
      ['والاستقرار', [AR_STABILITY]],
      ['المباحثات', [AR_NEXT]],
      ['مباحثات', [AR_NEXT]],
      ['ومباحثات', [AR_NEXT]],
      ['الاستقرار سوريا', [AR_STABILITY]],
      ['الاستقرار المباحثات', []],
      ['ASTANA FORMAT', [EN_20, EN_21]],
      ['astana', [EN_20, EN_21]],
      ['working Mechanism', [EN_20]],
      ['mechanism summer', []],
      ['قطار', []],
      ['the "only" (working)', [EN_20]],
      ['Astana formàt', [EN_20, EN_21]],
      ['الاستِقرار', [AR_STABILITY]],
      ['الاستقـرار', [AR_STABILITY]],
      ['!!!', []],
    ])('searches statements for %j', async (search, ids) => {
      expect((await h.store.listStatements({ search })).map((s) => s.id)).toEqual(ids);
    });

    it.each<[StatementFilter, string[]]>([
      [{}, [...JUNE_21, EN_21]],
      [{ speaker: 'Lavrentiev' }, [AR_STABILITY, AR_NEXT, EN_20, EN_21]],
      [{ speaker: 'لافرنتييف' }, [AR_STABILITY, AR_NEXT, EN_20, EN_21]],
      [{ speaker: LAVRENTIEV, meetingId: 'astana-21' }, [AR_NEXT, EN_21]],
      [{ speaker: 'RUS' }, []],
      [{ speaker: 'nobody' }, []],
      [{ meetingId: 'astana-20' }, [AR_STABILITY, EN_20]],
      [{ from: '2024-01-01' }, [EN_21]],
      [{ to: '2023-06-21' }, [AR_STABILITY, AR_NEXT, EN_20]],
      [{ from: '2023-06-22', to: '2024-01-24' }, []],
      [{ speaker: 'Lavrentiev', meetingId: 'astana-20', search: 'Astana' }, [EN_20]],
      [{ speaker: null, meetingId: null, from: null, to: null, search: null }, [AR_STABILITY, AR_NEXT, EN_20, EN_21]],
    ])('lists statements %j', async (filter, ids) => {
      expect((await h.store.listStatements(filter)).map((s) => s.id)).toEqual(ids);
    });
  });
}
