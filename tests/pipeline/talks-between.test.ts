// The sides of a series' talks named after "talks between" (the parties of that series) take part in the round the
// sentence reports, even where the sentence's only other cue is a sponsoring word and a history word follows past a
// comma; a sponsoring word next to the series' mediator places it as the mediator. Other states "between" are not
// the round's sides. Invented sentences.
import { describe, expect, it } from 'vitest';
import { attendanceTriples } from './article.js';

const DATE = '2018-03-05';

describe('the sides of "talks between" are the parties of the round', () => {
  it.each([
    [
      'en',
      'The ninth round of the Geneva talks between the Syrian government and the opposition resumed on Monday under UN sponsorship, in a war that has gone on since 2011.',
      ['geneva-9|SYR-OPP|PARTY', 'geneva-9|SYR|PARTY', 'geneva-9|UN|MEDIATOR'],
    ],
    [
      'ar',
      'استؤنفت اليوم الجولة التاسعة من مفاوضات جنيف غير المباشرة بين الحكومة السورية والمعارضة برعاية الأمم المتحدة، وسط حرب مستمرة منذ 2011.',
      ['geneva-9|SYR-OPP|PARTY', 'geneva-9|SYR|PARTY', 'geneva-9|UN|MEDIATOR'],
    ],
    [
      'fr',
      'La neuvième session des pourparlers de Genève entre le gouvernement syrien et l’opposition a repris lundi.',
      ['geneva-9|SYR-OPP|PARTY', 'geneva-9|SYR|PARTY'],
    ],
  ])('%s', (lang, text, expected) => {
    expect(attendanceTriples(text, lang, DATE)).toEqual(expected);
  });

  it.each([
    ['en', 'On the eve of the ninth round of the Geneva talks, the talks between Turkey and Russia on trade went on.'],
    ['ar', 'وعشية الجولة التاسعة من مفاوضات جنيف جرت محادثات بين تركيا وروسيا حول التجارة.'],
  ])('states that are no party of the series are not its sides (%s)', (lang, text) => {
    expect(attendanceTriples(text, lang, DATE).filter((t) => /TUR|RUS/.test(t))).toEqual([]);
  });
});

describe('the series mediator named as the sponsor mediates', () => {
  it.each([
    ['ar', 'ويحضر وفد المعارضة الجولة التاسعة من مفاوضات جنيف التي ترعاها الأمم المتحدة.'],
    ['ar', 'ويحضر وفد المعارضة الجولة التاسعة من مفاوضات جنيف التي ترعاها الأممالمتحدة.'],
    ['en', 'The opposition delegation will attend the ninth round of the Geneva talks, which the UN sponsors.'],
  ])('%s', (lang, text) => {
    expect(attendanceTriples(text, lang, DATE)).toContain('geneva-9|UN|MEDIATOR');
  });

  it('a guarantor sponsoring Astana is no mediator there', () => {
    expect(
      attendanceTriples('The ninth round of the Astana talks, sponsored by Russia, opened today.', 'en', DATE).filter(
        (t) => t.endsWith('MEDIATOR'),
      ),
    ).toEqual([]);
  });
});
