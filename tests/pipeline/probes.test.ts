// The two Arabic probes of issue 8 (item 9), as a user typed them: a round named after "to take part in" is found,
// and "talks about Syria" makes Syria no party (a topic is not a participant).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function facts(text: string) {
  return extractFacts(article(text, 'ar', '2023-06-20'), seedKnowledge).facts;
}

describe('Arabic probes', () => {
  it('finds the round in "إلى أستانة للمشاركة في الجولة 21"', () => {
    const f = facts('توجه الوفد الروسي إلى أستانة للمشاركة في الجولة 21 من المحادثات.');
    expect(f.meetings.map((m) => m.id)).toEqual(['astana-21']);
    expect(f.participations.map((p) => `${p.actorId}|${p.role}`)).toEqual(['RUS|GUARANTOR']);
  });

  // Syria came in as the subject of "بمشاركة" across "اليوم"; a topic word before a state now excludes it, and "الدول
  // الضامنة" alone names the series' guarantors.
  it('makes Syria no party from "محادثات أستانة حول سوريا"', () => {
    const f = facts('انطلقت الجولة العشرون من محادثات أستانة حول سوريا اليوم بمشاركة الدول الضامنة.');
    expect(f.meetings.map((m) => m.id)).toEqual(['astana-20']);
    const actors = f.participations.map((p) => p.actorId);
    expect(actors).not.toContain('SYR');
    expect(actors.sort()).toEqual(['IRN', 'RUS', 'TUR']);
  });
});
