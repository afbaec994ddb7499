// A round named only relatively ("the latest round of Astana talks", "الجولة الماضية من محادثات أستانا") belongs
// to the series named inside its own phrase, not to the series the article reports: a number (here an implied one)
// never crosses series. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const meetingIds = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.map((m) => m.id)
    .sort();

describe('a relative round naming another series', () => {
  it.each([
    [
      'en',
      'The UN envoy said the sixth round of the Geneva talks would open on May 16, soon after the latest round of Astana talks.',
    ],
    [
      'en',
      'The sixth round of the Geneva talks opens next week; the previous round of the Astana process ended without a deal.',
    ],
    [
      'ar',
      'أعلن المبعوث الأممي أن الجولة السادسة من مفاوضات جنيف ستبدأ في 16 أيار بعد الجولة الأخيرة من محادثات أستانا.',
    ],
    ['ar', 'تبدأ الجولة السادسة من مفاوضات جنيف الأسبوع المقبل، فيما انتهت الجولة السابقة من مسار أستانا دون اتفاق.'],
  ])('gives the reported series no round before its own (%s: %s)', (lang, text) => {
    const ids = meetingIds(text, lang, '2017-05-11');
    expect(ids).toContain('geneva-6');
    expect(ids).not.toContain('geneva-5');
  });

  it.each([
    ['en', 'The sixth round of the Geneva talks opens next week, a month after the previous round ended in deadlock.'],
    ['ar', 'تبدأ الجولة السادسة من مفاوضات جنيف الأسبوع المقبل، بعد شهر من تعثر الجولة السابقة.'],
  ])('still reads a bare relative round as the reported series (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2017-05-11')).toEqual(expect.arrayContaining(['geneva-5', 'geneva-6']));
  });
});
