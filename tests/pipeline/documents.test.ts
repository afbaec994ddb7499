// A document named after a meeting ("the Geneva-1 communiqué", "بيان جنيف 1"): the meeting is known and held, but the
// sentence that cites the document is about the meeting under way, so whoever speaks or attends there is placed at
// that one. Document nouns are data (lexicon "documentNoun"); sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function facts(text: string, lang: string): { meetings: string[]; heads: string[] } {
  const { facts: f } = extractFacts(article(text, lang, '2014-01-25'), seedKnowledge);
  return {
    meetings: f.meetings.map((m) => `${m.id}|${m.status}`).sort(),
    heads: f.participations.filter((p) => p.representingId).map((p) => `${p.meetingId}|${p.actorId}`),
  };
}

describe('a document named after a meeting', () => {
  it.each([
    [
      'en',
      'The Geneva II conference went on for a third day. Lakhdar Brahimi said both delegations now accept the Geneva-1 communiqué as their basis.',
    ],
    [
      'en',
      'The Geneva II conference went on for a third day. Lakhdar Brahimi said the communiqué of Geneva 1 is now accepted by both delegations.',
    ],
    [
      'fr',
      'La conférence de Genève II s’est poursuivie pour un troisième jour. Lakhdar Brahimi a dit que les deux délégations acceptent le communiqué de Genève I.',
    ],
    [
      'ar',
      'تواصلت أعمال مؤتمر جنيف 2 لليوم الثالث. وقال الأخضر الإبراهيمي إن الوفدين يقبلان الآن بيان جنيف 1 أساساً للتفاوض.',
    ],
  ])('leaves its meeting held and the sentence with the meeting under way (%s)', (lang, text) => {
    const got = facts(text, lang);
    expect(got.meetings).toEqual(['geneva-1|HELD', 'geneva-2|HELD']);
    expect(got.heads).toEqual(['geneva-2|lakhdar-brahimi']);
  });

  it.each([
    ['en', 'Lakhdar Brahimi opened the Geneva-2 conference on Wednesday.'],
    ['ar', 'افتتح الأخضر الإبراهيمي مؤتمر جنيف 2 يوم الأربعاء.'],
  ])('is no document without a document noun next to the name (%s)', (lang, text) => {
    expect(facts(text, lang).heads).toEqual(['geneva-2|lakhdar-brahimi']);
  });
});
