// A bare "first sitting/meeting" in a report written while a later meeting of the series is under way (by its
// calendar) is the first sitting of that meeting, not the series' first round; a first session that names its series
// or is dated to a month or year stays round 1. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const meetingIds = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.map((m) => m.id)
    .sort();

const lead: Record<string, string> = {
  en: 'The sixth session of the Constitutional Committee opened in Geneva. ',
  ar: 'افتتحت الجولة السادسة من اللجنة الدستورية في جنيف. ',
};
/** A day the committee's sixth session was under way, by the shipped calendar. */
const during = '2021-10-19';

describe('a bare first sitting while a later session is under way', () => {
  it.each([
    ['en', 'The UN envoy chaired the first meeting, and both co-chairs spoke after him.'],
    ['en', 'When the small body met on Monday, its first meeting on the agenda was calm.'],
    ['ar', 'وترأس المبعوث الأممي الاجتماع الأول، ثم تحدث الرئيسان المشتركان.'],
    ['ar', 'وقال المبعوث إن الاجتماع الأول يوم الاثنين كان هادئا وبناء.'],
    // Arabic "جلسة" is a sitting; the committee numbers its sessions by "دورة" and "جولة" (series.json nouns).
    ['ar', 'وأدار المبعوث الأممي الجلسة الأولى، وتحدث بعده الرئيسان المشتركان.'],
    ['ar', 'وافتتح الرئيسان المشتركان الجلسة الأولى صباح اليوم بكلمتين قصيرتين.'],
  ])('is a sitting of that session, not round 1 (%s: %s)', (lang, sentence) => {
    const ids = meetingIds((lead[lang] ?? '') + sentence, lang, during);
    expect(ids).toContain('constitutional-committee-6');
    expect(ids).not.toContain('constitutional-committee-1');
  });
});

describe('a first session that stays round 1', () => {
  it.each([
    ['en', 'The committee first met in its first session, in October 2019.'],
    ['en', 'Its first session was held in Geneva in 2019.'],
    ['ar', 'وكانت الجلسة الأولى قد عقدت في تشرين الأول 2019.'],
    ['en', 'At the close of the first round on 8 September, the envoy had announced the dates.'],
    ['ar', 'وكان المبعوث قد أعلن عند اختتام الجولة الأولى في 8 أيلول موعد الجولة الجديدة.'],
  ])('when dated to a month, a year or another day (%s: %s)', (lang, sentence) => {
    expect(meetingIds((lead[lang] ?? '') + sentence, lang, during)).toContain('constitutional-committee-1');
  });

  it.each([
    ['en', 'The UN envoy chaired the first session of the Constitutional Committee in Geneva.'],
    ['ar', 'وترأس المبعوث الأممي الجلسة الأولى للجنة الدستورية في جنيف.'],
  ])('when no later session is under way (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2021-06-01')).toContain('constitutional-committee-1');
  });

  it.each([
    ['en', 'The UN envoy recalled that the first session had opened with hope.'],
    ['ar', 'وذكّر المبعوث الأممي بأن الدورة الأولى افتتحت بكثير من الأمل.'],
  ])('when its noun is one the series numbers its meetings by (%s)', (lang, sentence) => {
    expect(meetingIds((lead[lang] ?? '') + sentence, lang, during)).toContain('constitutional-committee-1');
  });
});
