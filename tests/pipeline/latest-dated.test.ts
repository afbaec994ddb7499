// "The last round", "الجولة الأخيرة" next to a round the article reports is that round, unless the text dates it
// before that round began ("At the last round, in November, ..." in a report of the round opening in April): then it
// is the round before.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const held = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.filter((m) => m.status === 'HELD' && m.round !== null)
    .map((m) => m.id)
    .sort();

describe('the latest round dated before the round reported', () => {
  it.each([
    [
      'en',
      'The 12th round of the Astana talks opened on Thursday. At the last round, in November, the guarantors agreed on a prisoner swap.',
    ],
    [
      'en',
      'Delegates gathered on Thursday for the twelfth round of the Astana talks in the Kazakh capital. The most recent round of the talks, held in late November, ended without a statement on Idlib.',
    ],
    [
      'ar',
      'انطلقت يوم الخميس الجولة الثانية عشرة من محادثات أستانا. وفي الجولة الأخيرة في تشرين الثاني/نوفمبر الماضي اتفقت الدول الضامنة على تبادل للأسرى.',
    ],
    [
      'ar',
      'بدأت الخميس أعمال الجولة الثانية عشرة لمسار أستانا، فيما لم تحقق جولة المحادثات الأخيرة التي اختتمت في 29 تشرين الثاني/نوفمبر أي تقدم.',
    ],
  ])('is the round before (%s: %s)', (lang, text) => {
    expect(held(text, lang, '2019-04-25')).toEqual(['astana-11', 'astana-12']);
  });

  it.each([
    [
      'en',
      'The seventh session of the Constitutional Committee opened on Monday. In December, its last session ended in deadlock.',
    ],
    [
      'ar',
      'افتتحت الجولة السابعة من اللجنة الدستورية يوم الاثنين. وفي كانون الأول/ديسمبر انتهت الجولة الأخيرة دون نتيجة.',
    ],
  ])('reads a month with no year as past (%s)', (lang, text) => {
    expect(held(text, lang, '2022-03-21')).toEqual(['constitutional-committee-6', 'constitutional-committee-7']);
  });

  it.each([
    [
      'en',
      'The 12th round of the Astana talks opened on Thursday. The latest round began on 25 April with bilateral talks.',
    ],
    [
      'ar',
      'انطلقت يوم الخميس الجولة الثانية عشرة من محادثات أستانا. وبدأت الجولة الأخيرة في 25 نيسان/أبريل باجتماعات ثنائية.',
    ],
  ])('stays the round reported when dated on it (%s)', (lang, text) => {
    expect(held(text, lang, '2019-04-25')).toEqual(['astana-12']);
  });
});

// "The latest round of Astana talks" in a report of the sixth Geneva round is no Geneva round: the series named in
// the relative phrase is its series (here one with no numbered round to count from, so no meeting at all).
describe('a relative round naming its series after the noun', () => {
  it.each([
    [
      'en',
      'The sixth round of the Geneva talks opens on May 16, right after the latest round of Astana talks, the envoy said.',
    ],
    ['ar', 'تنطلق الجولة السادسة من مفاوضات جنيف في 16 أيار، بعد الجولة الأخيرة من محادثات أستانا، وفق المبعوث.'],
  ])('belongs to the series it names (%s)', (lang, text) => {
    const facts = extractFacts(article(text, lang, '2017-05-11'), seedKnowledge).facts;
    expect(facts.meetings.map((m) => m.id)).toEqual(['geneva-6']);
  });
});

describe('the latest round counted back from a planned one', () => {
  it.each([
    [
      'en',
      'The 16th round of the Astana talks will be held on July 7-8. The most recent meeting in the Kazakh capital took place in December 2019.',
    ],
    [
      'ar',
      'تعقد الجولة الـ16 من محادثات أستانا يومي 7 و8 تموز المقبل. وكان آخر اجتماع في العاصمة الكازاخية قد عقد في كانون الأول/ديسمبر 2019، في الجولة الأخيرة.',
    ],
  ])('goes further back by a date with its year (%s)', (lang, text) => {
    expect(held(text, lang, '2021-06-30')).toEqual(['astana-14']);
  });
});
