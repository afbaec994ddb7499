// A mediator's envoy heads the mediator's delegation at a meeting they act at, not at one they only talk about: at a
// planned meeting only a sentence that says they take part or mediate makes them head. Arabic "يتولى" (takes
// charge of) is a head verb; taking charge of a ministry's portfolio is an office. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function facts(text: string, lang: string, prefix: string): string[] {
  return extractFacts(article(text, lang, '2022-05-24'), seedKnowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith(prefix))
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role === 'PARTICIPANT' ? (p.representingId ?? '-') : p.role}`)
    .sort();
}

describe('the envoy at a planned meeting', () => {
  it.each([
    [
      'en the envoy announces the dates of a coming session: the UN mediates, no head',
      'The ninth session of the Constitutional Committee will open in Geneva on 30 May, Geir Pedersen said on Monday.',
      'en',
      ['constitutional-committee-9|UN|MEDIATOR'],
    ],
    [
      'en the envoy at a session under way heads the UN delegation',
      'The ninth session of the Constitutional Committee opened in Geneva on Monday, and Geir Pedersen met both co-chairs.',
      'en',
      [
        'constitutional-committee-9|SYR-OPP|PARTY',
        'constitutional-committee-9|SYR|PARTY',
        'constitutional-committee-9|UN|MEDIATOR',
        'constitutional-committee-9|geir-pedersen|UN',
      ],
    ],
    [
      'fr the envoy speaks of the coming session: no head',
      'La neuvième session du Comité constitutionnel s’ouvrira à Genève le 30 mai, a déclaré lundi Geir Pedersen.',
      'fr',
      ['constitutional-committee-9|UN|MEDIATOR'],
    ],
    [
      'ar the envoy will take charge of mediating a coming round',
      'تنطلق الجولة التاسعة من اجتماعات اللجنة الدستورية في جنيف يوم 30 أيار المقبل، ويتولى المبعوث الأممي غير بيدرسن الوساطة فيها.',
      'ar',
      ['constitutional-committee-9|UN|MEDIATOR', 'constitutional-committee-9|geir-pedersen|UN'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(facts(text, lang, 'constitutional-committee-')).toEqual(expected);
  });
});

describe('Arabic "يتولى" heads a delegation, not a portfolio', () => {
  it.each([
    [
      'takes charge of representing the Turkish delegation',
      'انطلقت الجولة الثامنة عشرة من محادثات أستانا يوم الأحد. ويتولى سادات أونال، نائب وزير الخارجية، تمثيل الوفد التركي.',
      ['astana-18|TUR|GUARANTOR', 'astana-18|sedat-onal|TUR'],
    ],
    [
      'who holds the foreign affairs portfolio: no head',
      'أعلن خيرت عبد الرحمنوف، الذي يتولى حقيبة الخارجية في كازاخستان، أن الجولة الثامنة عشرة من محادثات أستانا انطلقت يوم الأحد.',
      [],
    ],
  ])('%s', (_label, text, expected) => {
    expect(facts(text, 'ar', 'astana-').filter((f) => !f.endsWith('HOST'))).toEqual(expected);
  });
});
