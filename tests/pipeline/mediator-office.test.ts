// A person of a series' mediator who is not one of its envoys heads its delegation only where the sentence says they
// lead the meeting; heading an office ("who heads the UN information service", "التي ترأس دائرة الإعلام") is not
// that, even beside an attending verb. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const delegates = (text: string, lang: string): string[] =>
  extractFacts(article(text, lang, '2022-06-01'), seedKnowledge)
    .facts.participations.filter((p) => p.role === 'PARTICIPANT' && p.representingId === 'UN')
    .map((p) => `${p.meetingId}|${p.actorId}`);

describe('heading an office is not leading the mediator delegation', () => {
  it.each([
    [
      'en',
      'During the eighth session of the Constitutional Committee, Alessandra Vellucci, who heads the UN information service, also attended a briefing.',
    ],
    [
      'ar',
      'وخلال الجولة الثامنة من اللجنة الدستورية قالت أليساندرا فيلوتشي، التي ترأس دائرة الإعلام في الأمم المتحدة، إن الجلسات مستمرة.',
    ],
  ])('%s', (lang, text) => {
    expect(delegates(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Alessandra Vellucci led the UN team at the eighth session of the Constitutional Committee on Monday.'],
  ])('leading the meeting still heads it (%s)', (lang, text) => {
    expect(delegates(text, lang)).toEqual(['constitutional-committee-8|alessandra-vellucci']);
  });
});
