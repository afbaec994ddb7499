// Store contract, part two: how facts from several articles merge (one node, evidence from all).
// Called by defineStoreContract only; names carry no adapter name.
import { describe, expect, it } from 'vitest';
import type { ArticleDelta, MeetingStatus } from '../../src/domain.js';
import {
  arabicRound20,
  arabicRound21Cancelled,
  englishRound20,
  englishRound21,
  LAVRENTIEV,
  TITLE_2023,
  TITLE_2024,
  must,
  span,
} from '../fixtures/deltas.js';
import type { StoreHandle } from './contract.js';

const byId: Record<string, () => ArticleDelta> = {
  'ar-20': arabicRound20,
  'en-20': englishRound20,
  'en-21': englishRound21,
  'ar-21': arabicRound21Cancelled,
};
const deltas = (ids: readonly string[]): ArticleDelta[] => ids.map((id) => must(byId[id])());

export function defineMergeContract(h: StoreHandle): void {
  describe('merging across articles', () => {
    it('merges one meeting reported in Arabic and in English into one node with evidence from both', async () => {
      await h.writeAll(deltas(['ar-20', 'en-20']));
      const [meeting] = await h.store.getMeetings(['astana-20']);
      expect(meeting).toMatchObject({
        id: 'astana-20',
        seriesId: 'astana',
        round: 20,
        status: 'HELD',
        startDate: '2023-06-20',
        endDate: '2023-06-21',
        placeId: 'astana-city',
      });
      expect(meeting).not.toHaveProperty('evidence');
      const [evidence] = await h.store.evidenceOf('meeting', ['astana-20']);
      expect([...new Set(must(evidence).map((e) => e.articleId))]).toEqual(['ar-20', 'en-20']);
      const [sources] = await h.store.sourcesByMeetings(['astana-20']);
      expect(must(sources).map((a) => a.id)).toEqual(['ar-20', 'en-20']);
      expect((await h.store.counts()).meetings).toBe(2);
    });

    it('merges one person named in two scripts: names and aliases unioned, affiliation kept', async () => {
      await h.writeAll(deltas(['ar-20', 'en-20']));
      const [person] = await h.store.getActors([LAVRENTIEV]);
      expect(person).toEqual({
        id: LAVRENTIEV,
        kind: 'PERSON',
        name: 'Alexander Lavrentiev',
        names: [
          { lang: 'ar', value: 'ألكسندر لافرنتييف' },
          { lang: 'en', value: 'Alexander Lavrentiev' },
        ],
        aliases: ['Alexander Lavrentiev', 'Lavrentiev', 'ألكسندر لافرنتييف', 'لافرنتييف'],
        iso3: null,
        title: TITLE_2023,
        affiliationId: 'RUS',
      });
      expect((await h.store.counts()).actors).toBe(5);
    });

    it.each([[['ar-20', 'en-20']], [['en-20', 'ar-20']]])(
      'keeps the English display name whatever the order (%j)',
      async (order) => {
        await h.writeAll(deltas(order));
        const [person, russia] = await h.store.getActors([LAVRENTIEV, 'RUS']);
        expect(must(person).name).toBe('Alexander Lavrentiev');
        expect(must(russia).name).toBe('Russia');
      },
    );

    it.each([
      [['ar-20', 'en-20', 'en-21'], TITLE_2024],
      [['en-21', 'en-20', 'ar-20'], TITLE_2024],
      [['en-20', 'ar-20'], TITLE_2023],
      [['ar-20'], 'المبعوث الروسي'],
    ])('takes the title from the latest article (%j)', async (order, title) => {
      await h.writeAll(deltas(order));
      const [person] = await h.store.getActors([LAVRENTIEV]);
      expect(must(person).title).toBe(title);
    });

    it.each<[string[], MeetingStatus]>([
      [['ar-20'], 'PLANNED'],
      [['ar-20', 'ar-21'], 'CANCELLED'],
      [['ar-20', 'ar-21', 'en-21'], 'HELD'],
      [['en-21', 'ar-21', 'ar-20'], 'HELD'],
      [['en-21', 'ar-20'], 'HELD'],
    ])('ranks statuses HELD > CANCELLED > PLANNED (%j → %s)', async (order, status) => {
      await h.writeAll(deltas(order));
      const [meeting] = await h.store.getMeetings(['astana-21']);
      expect(must(meeting).status).toBe(status);
    });

    it.each([[['ar-20', 'en-20']], [['en-20', 'ar-20']]])(
      'keeps the first known dates, place and representation whatever the order (%j)',
      async (order) => {
        await h.writeAll(deltas(order));
        const [meeting] = await h.store.getMeetings(['astana-20']);
        expect([must(meeting).startDate, must(meeting).endDate, must(meeting).placeId]).toEqual([
          '2023-06-20',
          '2023-06-21',
          'astana-city',
        ]);
        const [participations] = await h.store.participationsByMeetings(['astana-20'], { kind: 'PERSON' });
        expect(must(participations).map((p) => [p.id, p.representingId])).toEqual([
          [`astana-20|${LAVRENTIEV}|PARTICIPANT`, 'RUS'],
        ]);
        const [place] = await h.store.getPlaces(['astana-city']);
        expect(must(place).countryId).toBe('KAZ');
        expect(must(place).names.map((n) => n.lang)).toEqual(['ar', 'en']);
      },
    );

    it('appends the evidence of one participation from two articles', async () => {
      await h.writeAll(deltas(['ar-20', 'en-20']));
      const [participations] = await h.store.participationsByMeetings(['astana-20'], { role: 'GUARANTOR' });
      const russia = must(must(participations).find((p) => p.actorId === 'RUS'));
      const turkey = must(must(participations).find((p) => p.actorId === 'TUR'));
      const evidence = await h.store.evidenceOf('participation', [russia.id, turkey.id]);
      expect(evidence.map((list) => list.map((e) => e.articleId))).toEqual([
        ['ar-20', 'en-20'],
        ['ar-20', 'en-20'],
      ]);
    });

    it('stores a repeated evidence span once', async () => {
      const delta = arabicRound20();
      const meeting = must(delta.meetings[0]);
      delta.meetings[0] = { ...meeting, evidence: [...meeting.evidence, { ...must(meeting.evidence[0]) }] };
      await h.store.writeArticle(delta);
      const [stored] = await h.store.evidenceOf('meeting', [meeting.id]);
      expect(stored).toEqual(meeting.evidence);
    });

    it('merges facts repeated inside one delta as if written one after the other', async () => {
      const delta = arabicRound20();
      const [guarantor] = delta.participations;
      const [lavrentiev] = delta.actors;
      const extra = span(delta.article, 'الجولة العشرين من المحادثات');
      delta.participations.push({ ...must(guarantor), representingId: 'TUR', evidence: [extra] });
      delta.actors.push({ ...must(lavrentiev), aliases: ['ألكسندر'], title: 'آخر' });
      await h.store.writeArticle(delta);
      const [participation] = await h.store.participationsByActors(['RUS']);
      expect(must(participation).map((p) => [p.id, p.representingId])).toEqual([['astana-20|RUS|GUARANTOR', 'TUR']]);
      expect((await h.store.evidenceOf('participation', ['astana-20|RUS|GUARANTOR']))[0]).toHaveLength(2);
      const [person] = await h.store.getActors([LAVRENTIEV]);
      expect(must(person).aliases).toEqual(['ألكسندر', 'ألكسندر لافرنتييف', 'لافرنتييف']);
      // Both titles come from one article (one date): the longer one, whichever of the two facts comes first.
      expect(must(person).title).toBe('المبعوث الروسي');
      expect((await h.store.counts()).participations).toBe(5);
    });

    it('merges a statement id seen in a second article: first article and text kept, evidence from both', async () => {
      await h.writeAll(deltas(['ar-20']));
      const original = must(arabicRound20().statements[0]);
      const second = englishRound20();
      const evidence = span(second.article, 'the Astana format remained the only working mechanism');
      second.statements = [{ ...original, text: 'another text', date: null, evidence: [evidence] }];
      await h.store.writeArticle(second);
      const [statement] = await h.store
        .statementsByMeetings(['astana-20'])
        .then((lists) => must(lists[0]).filter((s) => s.id === original.id));
      const { evidence: originalEvidence, ...fields } = original;
      expect(statement).toEqual({ ...fields, articleId: 'ar-20' });
      expect(await h.store.evidenceOf('statement', [original.id])).toEqual([[...originalEvidence, evidence]]);
    });

    it('keeps a statement keyed by its id, with its article and evidence', async () => {
      await h.writeAll(deltas(['ar-20', 'en-20']));
      const { evidence, ...fact } = must(englishRound20().statements[0]);
      const [statements] = await h.store.statementsByArticles(['en-20']);
      expect(statements).toEqual([{ ...fact, articleId: 'en-20' }]);
      expect(await h.store.evidenceOf('statement', [fact.id, 'nope'])).toEqual([evidence, []]);
    });
  });
}
