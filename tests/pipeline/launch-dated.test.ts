// A series said to have been launched on the day its calendar gives its first meeting, or to have met for the first
// time on that day or in that month ("the talks, launched on January 23-24, 2017", "впервые встреча прошла 23–24
// января 2017 года", "first met at the end of October 2019"), names that first meeting: round 1, held. The words are
// data (lexicon "launchVerb", "launchFirst", with "launchWork"); the calendar, not the words, decides which series and
// whether the date is the first meeting's.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const held = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.filter((m) => m.status === 'HELD' && m.round !== null)
    .map((m) => m.id)
    .sort();

describe('a launch dated on the first meeting of the series', () => {
  it.each([
    [
      'en',
      'Backed by Moscow, Ankara and Tehran, the Astana talks got started on 23 January 2017 in the Kazakh capital.',
    ],
    ['en', 'The Astana talks, launched on January 23-24, 2017, have been held in several cities since.'],
    ['ar', 'وكانت محادثات أستانا قد عقدت للمرة الأولى في كانون الثاني/يناير 2017 برعاية موسكو وأنقرة وطهران.'],
    ['ar', 'وانطلق مسار أستانا يومي 23 و24 يناير 2017 بمبادرة من روسيا وتركيا وإيران.'],
    ['ru', 'Впервые переговоры в астанинском формате прошли 23–24 января 2017 года по инициативе трёх стран.'],
    ['fr', "Lancé les 23 et 24 janvier 2017, le processus d'Astana réunit la Russie, la Turquie et l'Iran."],
    ['fr', "Les pourparlers d'Astana se sont tenus pour la première fois en janvier 2017."],
    ['it', 'Avviati il 23-24 gennaio 2017, i colloqui di Astana sono proseguiti in altre città.'],
    ['es', 'El proceso de Astana comenzó el 23 de enero de 2017 bajo el patrocinio de Rusia, Turquía e Irán.'],
  ])('is round 1 held (%s: %s)', (lang, text) => {
    expect(held(text, lang, '2020-05-10')).toEqual(['astana-1']);
  });

  it.each([
    ['en', 'The Constitutional Committee, whose members number 150, first met in Geneva on October 30, 2019.'],
    ['en', 'Set up under UN auspices, the Constitutional Committee first convened at the end of October 2019.'],
    ['ar', 'واجتمعت اللجنة الدستورية للمرة الأولى في جنيف يوم 30 تشرين الأول/أكتوبر 2019.'],
  ])('finds the committee by its calendar (%s: %s)', (lang, text) => {
    expect(held(text, lang, '2021-06-01')).toEqual(['constitutional-committee-1']);
  });

  it.each([
    // A date that is not the first meeting's: another start.
    ['en', 'The Astana talks began again in March 2018 after a pause, officials said.'],
    // A process launched in a month: begun, its first meeting not reported.
    ['en', 'Russia, Iran and Turkey launched the Astana process in January 2017.'],
    ['ar', 'وأطلقت روسيا وإيران وتركيا مسار أستانا في كانون الثاني/يناير 2017.'],
    // A year alone does not say which meeting.
    ['en', 'The Constitutional Committee first met in 2019 and has made little progress since.'],
    // The talks of the day, not the series' first meeting.
    ['en', 'The Astana talks began on Monday in the Kazakh capital.'],
    ['ar', 'وانطلقت محادثات أستانا يوم الاثنين في العاصمة الكازاخية.'],
  ])('is no first meeting otherwise (%s: %s)', (lang, text) => {
    expect(held(text, lang, '2020-05-10')).not.toContain('astana-1');
    expect(held(text, lang, '2020-05-10')).not.toContain('constitutional-committee-1');
  });
});
