// A numbered phrase with a possessive ("its sixth meeting", "جولتها السادسة", "sa sixième réunion") whose owner is a
// series named before it in the sentence is that series' round, even when its noun is another series' usual word.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const ids = (text: string, lang: string): string[] =>
  extractFacts(article(text, lang, '2021-07-08'), seedKnowledge)
    .facts.meetings.map((m) => m.id)
    .sort();

describe('a round owned by the series named before it', () => {
  it.each([
    [
      'en',
      'The 16th Astana meeting closed on Thursday. The guarantors then pressed the Constitutional Committee to hold its sixth meeting in Geneva soon.',
    ],
    [
      'ar',
      'اختتم الاجتماع الـ16 لمسار أستانا يوم الخميس. ودعت الدول الضامنة اللجنة الدستورية إلى عقد جولتها السادسة في جنيف قريبا.',
    ],
    [
      'fr',
      "La 16e réunion d'Astana s'est achevée jeudi. Les garants ont appelé le Comité constitutionnel à tenir sa sixième réunion à Genève.",
    ],
  ])('is that series round (%s)', (lang, text) => {
    expect(ids(text, lang)).toEqual(['astana-16', 'constitutional-committee-6']);
  });

  it('leaves an unowned phrase to the other rules', () => {
    const text =
      'The Constitutional Committee was discussed on Thursday as the sixth meeting of the Astana guarantors closed.';
    expect(ids(text, 'en')).not.toContain('constitutional-committee-6');
  });
});

describe('a round only urged', () => {
  it.each([
    [
      'en',
      'The Astana guarantors urged the Constitutional Committee to convene its sixth meeting in Geneva without delay.',
    ],
    ['ar', 'وطالبت الدول الضامنة لمسار أستانا بعقد الجولة السادسة للجنة الدستورية في جنيف دون تأخير.'],
  ])('is planned (%s)', (lang, text) => {
    const m = extractFacts(article(text, lang, '2021-07-08'), seedKnowledge).facts.meetings;
    expect(m.map((x) => `${x.id}|${x.status}`)).toEqual(['constitutional-committee-6|PLANNED']);
  });
});

describe('a relative round after a numbered one in its sentence', () => {
  it.each([
    [
      'en',
      "The Constitutional Committee's work topped the agenda of the 15th Astana meeting in February 2021, whereas at the next round in July 2021 the guarantors pressed for faster work.",
    ],
    [
      'ar',
      'تصدر ملف اللجنة الدستورية جدول أعمال الاجتماع الـ15 لمسار أستانا في شباط 2021، بينما في الجولة التالية في تموز 2021 حثت الدول الضامنة على تسريع العمل.',
    ],
  ])('counts from it (%s)', (lang, text) => {
    const meetings = extractFacts(article(text, lang, '2022-06-15'), seedKnowledge).facts.meetings;
    expect(meetings.map((m) => `${m.id}|${m.status}`).sort()).toEqual(['astana-15|HELD', 'astana-16|HELD']);
  });
});
