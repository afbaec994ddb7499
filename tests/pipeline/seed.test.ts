// Golden test: the product owner's seed article, facts reviewed by hand against ../shared/corpus/seed/gold.jsonl.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/ingest.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const dir = new URL('../../seed/articles/', import.meta.url);
const file = readdirSync(dir).find((f) => f.endsWith('.json')) ?? '';
const article = prepareArticle(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), seedKnowledge);
const { facts } = extractFacts(article, seedKnowledge);

describe('seed article (Enab Baladi, 2023-06-21, Astana 20)', () => {
  it('finds round 20 held on 20-21 June, round 21 planned for the second half of 2023, and the quartet meeting', () => {
    const meetings = facts.meetings.map((m) => ({
      id: m.id.startsWith('other-') ? 'other' : m.id,
      round: m.round,
      seriesId: m.seriesId,
      status: m.status,
      startDate: m.startDate,
      endDate: m.endDate,
      windowStart: m.windowStart,
      windowEnd: m.windowEnd,
    }));
    expect(meetings).toEqual([
      {
        id: 'astana-20',
        round: 20,
        seriesId: 'astana',
        status: 'HELD',
        startDate: '2023-06-20',
        endDate: '2023-06-21',
        windowStart: null,
        windowEnd: null,
      },
      {
        id: 'astana-21',
        round: 21,
        seriesId: 'astana',
        status: 'PLANNED',
        startDate: null,
        endDate: null,
        windowStart: '2023-07-01',
        windowEnd: '2023-12-31',
      },
      {
        id: 'other',
        round: null,
        seriesId: null,
        status: 'HELD',
        startDate: '2023-06-20',
        endDate: '2023-06-20',
        windowStart: null,
        windowEnd: null,
      },
    ]);
  });

  it('has the participants of round 20 with their roles, the two heads, and the quartet members', () => {
    const parts = facts.participations
      .map(
        (p) =>
          `${p.meetingId.startsWith('other-') ? 'other' : p.meetingId}|${p.actorId}|${p.role}|${p.representingId ?? ''}`,
      )
      .sort();
    expect(parts).toEqual([
      'astana-20|IRN|GUARANTOR|',
      'astana-20|IRQ|OBSERVER|',
      'astana-20|JOR|OBSERVER|',
      'astana-20|KAZ|HOST|',
      'astana-20|LBN|OBSERVER|',
      'astana-20|RUS|GUARANTOR|',
      'astana-20|SYR-OPP|PARTY|',
      'astana-20|SYR|PARTY|',
      'astana-20|TUR|GUARANTOR|',
      'astana-20|UN|OBSERVER|',
      'astana-20|alexander-lavrentiev|PARTICIPANT|RUS',
      'astana-20|kanat-tumysh|PARTICIPANT|KAZ',
      'other|IRN|PARTICIPANT|',
      'other|RUS|PARTICIPANT|',
      'other|SYR|PARTICIPANT|',
      'other|TUR|PARTICIPANT|',
    ]);
  });

  it('attributes statements to Lavrentiev and Tumysh (21 June, round 20), Khaji (undated) and Sousan (20 June)', () => {
    const pairs = [...new Set(facts.statements.map((s) => `${s.speakerId}|${s.date ?? 'null'}`))].sort();
    expect(pairs).toEqual([
      'alexander-lavrentiev|2023-06-21',
      'ali-asghar-khaji|null',
      'ayman-sousan|2023-06-20',
      'kanat-tumysh|2023-06-21',
    ]);
    const atRound = [
      ...new Set(facts.statements.filter((s) => s.meetingId === 'astana-20').map((s) => s.speakerId)),
    ].sort();
    expect(atRound).toEqual(['alexander-lavrentiev', 'kanat-tumysh']);
  });

  it('describes the persons with their affiliation and the surface forms seen in the article', () => {
    const persons = facts.actors
      .filter((a) => a.kind === 'PERSON')
      // Aliases are the forms seen in the article plus the gazetteer's spellings; the seen ones are checked here.
      .map((a) => ({
        id: a.id,
        affiliationId: a.affiliationId,
        aliases: a.aliases.filter((x) => article.text.includes(x)),
      }));
    expect(persons).toEqual([
      { id: 'alexander-lavrentiev', affiliationId: 'RUS', aliases: ['ألكسندر لافرنتييف', 'لافرنتييف'] },
      { id: 'ali-asghar-khaji', affiliationId: 'IRN', aliases: ['خاجي', 'علي أصغر خاجي'] },
      { id: 'ayman-sousan', affiliationId: 'SYR', aliases: ['أيمن سوسان', 'سوسان'] },
      { id: 'kanat-tumysh', affiliationId: 'KAZ', aliases: ['توميش', 'كانات توميش'] },
    ]);
  });

  it('gives a known person every spelling of the gazetteer, so a lookup in another script finds him', () => {
    const lavrentiev = facts.actors.find((a) => a.id === 'alexander-lavrentiev');
    expect(lavrentiev?.aliases).toEqual(expect.arrayContaining(['Lavrentiev', 'Лаврентьев', 'لافرنتييف']));
  });

  it('gives every fact evidence that is a verbatim span of the original text', () => {
    const evidence = [
      ...facts.meetings.flatMap((m) => m.evidence),
      ...facts.participations.flatMap((p) => p.evidence),
      ...facts.statements.flatMap((s) => s.evidence),
    ];
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) expect(article.text.slice(e.start, e.end)).toBe(e.text);
  });
});
